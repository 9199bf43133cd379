package no.ankomst.protection;

/** The grounds for temporary collective protection (utlendingsloven § 34, DOMAIN.md journey step 2). */
public enum EligibilityGround {
    /** Ukrainian citizen who lived in Ukraine and was there on the cut-off date. */
    RESIDENT_IN_UKRAINE,
    /** Ukrainian citizen who lived in Ukraine and was on holiday or a visit abroad for up to the allowed days. */
    SHORT_STAY_ABROAD,
    /** Ukrainian citizen whose legal residence in Norway began before the cut-off and has (nearly) expired. */
    LEGAL_RESIDENCE_IN_NORWAY,
    /** Any nationality: granted protection in Ukraine before the cut-off. */
    PROTECTION_IN_UKRAINE,
    /** Close family member of a person who qualifies. */
    FAMILY_MEMBER;

    public String i18nKey() {
        return "screening.ground." + name();
    }
}
