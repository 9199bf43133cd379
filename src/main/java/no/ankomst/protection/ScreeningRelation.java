package no.ankomst.protection;

/** How the screened person is related to the person who qualifies for collective protection. */
public enum ScreeningRelation {
    SPOUSE,
    COHABITANT,
    CHILD,
    PARENT,
    GRANDPARENT,
    SIBLING,
    OTHER;

    /** Spouses and cohabitants follow the qualifying person whatever their nationality or household. */
    boolean isPartner() {
        return this == SPOUSE || this == COHABITANT;
    }
}
