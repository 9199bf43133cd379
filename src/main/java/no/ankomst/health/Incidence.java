package no.ankomst.health;

/** A country's TB incidence class on FHI's list; a country not on the list is {@link #LOW}. */
public enum Incidence {
    LOW,
    /** At least 40 cases per 100,000 a year (Ukraine). */
    HIGH,
    VERY_HIGH
}
