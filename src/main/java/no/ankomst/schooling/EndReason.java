package no.ankomst.schooling;

/** Why an enrolment ended. Only a completed year 10 ends school age; the others open a new need. */
public enum EndReason {
    MOVED, COMPLETED_YEAR_10, LEFT, OTHER;

    public String i18nKey() {
        return "schooling.endReason." + name();
    }
}
