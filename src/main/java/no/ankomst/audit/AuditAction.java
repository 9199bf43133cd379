package no.ankomst.audit;

/** What happened. Later features add their own actions here (and an i18n key {@code audit.action.X}). */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGOUT,
    USER_CREATED,
    USER_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    USER_PASSWORD_RESET,
    SITE_CREATED,
    SITE_CHANGED,
    RESIDENT_REGISTERED,
    UNIT_CREATED,
    BED_CREATED,
    BED_BLOCKED,
    BED_UNBLOCKED,
    CHECKED_IN,
    CHECKED_OUT,
    TRANSFERRED,
    REGISTRATION_IMPORTED,
    IDENTITY_NUMBER_REPLACED,
    CASE_OPENED,
    CASE_STATE_CHANGED,
    CASE_GRANTED,
    PERMIT_RENEWED,
    GRANT_DETAILS_CHANGED
}
