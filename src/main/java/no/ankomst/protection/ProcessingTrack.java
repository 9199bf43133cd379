package no.ankomst.protection;

/** How UDI processes a case: decided automatically, or by a case officer. */
public enum ProcessingTrack {
    AUTOMATIC,
    CASE_OFFICER
}
