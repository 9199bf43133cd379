package no.ankomst.introduction;

/**
 * Where a right stands on a day, computed from its state and dates when read ({@link IntroductionRules#status}):
 * never stored, so it is right whether or not a job has run.
 */
public enum IntroductionStatus {
    /** Not offered yet; the start-by day is more than 14 days away. */
    NOT_OFFERED,
    /** Offered, not started; the start-by day is more than 14 days away. */
    OFFERED,
    /** Not started, and the start-by day is within 14 days. */
    NEAR_LATE,
    /** Not started by the start-by day. */
    LATE,
    /** Started (or paused after starting). */
    IN_PROGRESS,
    COMPLETED,
    DECLINED;

    public String i18nKey() {
        return "introduction.status." + name();
    }
}
