package no.ankomst.protection;

/** The residence card after a grant: ordered, or the person must first give a new photo and fingerprints. */
public enum ResidenceCardStatus {
    ORDERED,
    NEEDS_PHOTO_AND_FINGERPRINTS,
    ISSUED
}
