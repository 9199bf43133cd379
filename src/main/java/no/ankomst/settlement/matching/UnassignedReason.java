package no.ankomst.settlement.matching;

/** Why a household got no proposal in this run. */
public enum UnassignedReason {
    /** Every municipality that would have room declined this household before. */
    DECLINED_EVERYWHERE,
    /** No municipality has that many unaccompanied minors' places left. */
    NO_MINORS_PLACES,
    /** No municipality has that many persons' places left this year. */
    NO_MUNICIPALITY_WITH_ROOM,
    /** Municipalities have room, but none offers a dwelling that fits (rooms, persons, accessibility). */
    NO_FITTING_DWELLING,
    /** Some municipalities would fit, but their places or dwellings went to other households in this run. */
    PLACES_TAKEN
}
