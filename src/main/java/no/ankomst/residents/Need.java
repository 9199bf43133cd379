package no.ankomst.residents;

import java.util.EnumSet;
import java.util.Set;

/** Categories of special needs staff must see at a glance; details go in the free-text note. */
public enum Need {
    DISABILITY, PREGNANCY, UNACCOMPANIED_MINOR, MEDICAL, PSYCHOSOCIAL, OTHER;

    /** The needs stored as names (a text array in the database). */
    static Set<Need> fromNames(String[] names) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (String name : names) {
            needs.add(valueOf(name));
        }
        return needs;
    }
}
