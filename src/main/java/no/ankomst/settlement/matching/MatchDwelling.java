package no.ankomst.settlement.matching;

/**
 * A dwelling a municipality offers for settlement: it fits a household with at least as many rooms as it needs,
 * room for at least its persons and, when the household needs it, step-free access. Each is used at most once.
 */
public record MatchDwelling(String id, int rooms, int persons, boolean accessible) {

    public MatchDwelling {
        if (rooms < 1 || persons < 1) {
            throw new IllegalArgumentException("a dwelling has at least one room and one person: " + id);
        }
    }

    public boolean fits(MatchHousehold household) {
        return rooms >= household.roomsNeeded() && persons >= household.size()
                && (accessible || !household.needsAccessible());
    }
}
