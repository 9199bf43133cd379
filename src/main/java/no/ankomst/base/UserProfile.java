package no.ankomst.base;

import java.util.List;

/** What the app shell shows of the signed-in user; implemented by the security feature's principal. */
public interface UserProfile {

    String displayName();

    /** i18n key of the role's name. */
    String roleKey();

    /** The sites or municipality the user works for; empty for roles that see everything. */
    List<String> scopeNames();

    /** "nb" or "en". */
    String locale();
}
