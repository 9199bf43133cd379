package no.ankomst.health;

/** A recorded TB result (health data). The first three complete the screening; the last sends the person back. */
public enum TbOutcome {
    NO_FINDING,
    /** Latent infection: a referral to consider preventive treatment. */
    LATENT_INFECTION,
    /** Suspected active TB: an immediate referral. */
    SUSPECTED_ACTIVE,
    /** The person did not come: the appointment is missed and they are booked again. */
    DID_NOT_ATTEND;

    public boolean completesScreening() {
        return this != DID_NOT_ATTEND;
    }

    public String i18nKey() {
        return "tb.outcome." + name();
    }
}
