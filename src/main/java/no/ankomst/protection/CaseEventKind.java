package no.ankomst.protection;

/** What one entry of a case's history records. */
public enum CaseEventKind {
    OPENED,
    STATE_CHANGED,
    PERMIT_RENEWED,
    GRANT_DETAILS_CHANGED
}
