package no.ankomst.security;

/** The five roles of DOMAIN.md ("Who uses it"). Authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    MANAGER,
    CENTRE_STAFF,
    HEALTH_STAFF,
    SETTLEMENT_COORDINATOR;

    /** Centre and health staff work only at the sites they are tied to. */
    public boolean isSiteScoped() {
        return this == CENTRE_STAFF || this == HEALTH_STAFF;
    }

    public boolean isMunicipalityScoped() {
        return this == SETTLEMENT_COORDINATOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String i18nKey() {
        return "role." + name();
    }
}
