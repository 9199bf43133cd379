package no.ankomst.base;

import java.util.List;

/**
 * A feature's contribution to the home page's worklist. Each source answers for the signed-in user
 * only (their role and scope) and returns nothing when the user has no business with it.
 */
public interface WorklistSource {

    List<WorklistItem> itemsForCurrentUser();
}
