package no.ankomst.health;

/**
 * Where a person's TB screening stands, computed from dates when read (never stored, so it never waits for a job).
 * This is all that users without {@code READ_HEALTH} see: "done" says a valid result exists, not which.
 */
public enum TbStatus {
    /** Due later than a week from today. */
    NOT_DUE_YET,
    /** Due within seven days (today included). */
    DUE,
    /** An appointment is booked. */
    BOOKED,
    /** In private housing: referred to the municipal health service, no result yet. */
    REFERRED,
    /** A valid result: no finding, latent infection or suspected active TB. */
    DONE,
    /** Past the due date without a result, an appointment or a referral. */
    OVERDUE;

    public String i18nKey() {
        return "tb.status." + name();
    }
}
