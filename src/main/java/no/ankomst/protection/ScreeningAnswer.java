package no.ankomst.protection;

/** A yes/no fact of a screening that may also not be known (yet). */
public enum ScreeningAnswer {
    YES,
    NO,
    UNKNOWN
}
