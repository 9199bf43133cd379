package no.ankomst.jobs;

/** How a run ended; the i18n key is {@code jobs.outcome.X}. */
public enum JobOutcome {
    SUCCEEDED,
    FAILED,
    SKIPPED;

    public String i18nKey() {
        return "jobs.outcome." + name();
    }
}
