package no.ankomst.schooling;

/**
 * Where a child stands with school on a day, computed from dates when read ({@link SchoolingRules#status}): never
 * stored, so it is right whether or not a job has run.
 */
public enum SchoolingStatus {
    /** Not of compulsory school age (too young, past it, or year 10 completed). */
    NOT_SCHOOL_AGE,
    /** Of school age, no enrolment started or enrolled yet (perhaps applied), start-by more than 7 days away. */
    NEEDS_SCHOOL,
    /** Past the start-by day and school has not started. */
    LATE,
    /** School has not started and the start-by day is within 7 days. */
    SOON_LATE,
    /** Enrolled at a school, not started yet, start-by not near. */
    ENROLLED,
    /** Goes to school. */
    STARTED;

    public String i18nKey() {
        return "schooling.status." + name();
    }
}
