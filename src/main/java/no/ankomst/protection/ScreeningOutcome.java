package no.ankomst.protection;

/** What the screening advises staff; UDI decides. */
public enum ScreeningOutcome {
    LIKELY_QUALIFIES,
    /** No ground holds, or a later rule sends the person to individual processing (the asylum procedure). */
    INDIVIDUAL_ASSESSMENT,
    /** The facts known so far do not decide it: the advice names the facts to find out. */
    INFORMATION_MISSING;

    public String i18nKey() {
        return "screening.outcome." + name();
    }
}
