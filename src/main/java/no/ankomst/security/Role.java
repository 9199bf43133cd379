package no.ankomst.security;

/**
 * The roles of DOMAIN.md ("Who uses it"; the settlement officer from "Settlement"). Authorities are
 * {@code ROLE_<name>}.
 */
public enum Role {
    ADMIN,
    MANAGER,
    CENTRE_STAFF,
    HEALTH_STAFF,
    SETTLEMENT_COORDINATOR,
    /** IMDi's regional office: works for one or more counties (DOMAIN.md "Settlement"). */
    SETTLEMENT_OFFICER;

    /** Centre and health staff work only at the sites they are tied to. */
    public boolean isSiteScoped() {
        return this == CENTRE_STAFF || this == HEALTH_STAFF;
    }

    public boolean isMunicipalityScoped() {
        return this == SETTLEMENT_COORDINATOR;
    }

    /** The settlement officer works for one or more counties. */
    public boolean isCountyScoped() {
        return this == SETTLEMENT_OFFICER;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String i18nKey() {
        return "role." + name();
    }
}
