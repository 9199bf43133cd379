package no.ankomst.accommodation;

/** UDI's kinds of accommodation (DOMAIN.md, Accommodation). */
public enum SiteType {
    ARRIVAL_CENTRE,
    TRANSIT_CENTRE,
    ORDINARY_CENTRE,
    UNACCOMPANIED_MINORS_CENTRE,
    INTEGRATION_CENTRE,
    SHELTERED_UNIT,
    EMERGENCY_ACCOMMODATION;

    public String i18nKey() {
        return "siteType." + name();
    }
}
