package no.ankomst.accommodation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The occupancy board's figures. "Present" means a stay covers the day: checked in on or before it and
 * not checked out on or before it. Men and women are adults (18 or older on the day); children are under 18.
 */
public final class OccupancyRecords {

    private OccupancyRecords() {
    }

    public record Population(int inBeds, int notAssigned, int men, int women, int children, int households) {

        public int total() {
            return inBeds + notAssigned;
        }
    }

    public record Capacity(int beds, int blocked, int occupied, int free) {
    }

    /** Moves between sites in the 7 days up to and including the day; moving beds inside a site is neither. */
    public record Movements(int arrivals, int departures) {

        public int net() {
            return arrivals - departures;
        }
    }

    /** {@code plannedArrivals}: people still expected in the 7 days after the day. */
    public record SiteOccupancy(long siteId, String siteName, LocalDate day, Population population,
                                Capacity capacity, Movements lastSevenDays, int plannedArrivals) {

        public boolean overCapacity() {
            return population.total() > capacity.beds() - capacity.blocked();
        }
    }

    /**
     * {@code sex} is MALE, FEMALE or OTHER; {@code child} means under 18 on the day looked at;
     * {@code stayId} is the stay that puts the person there, what a move or a check-out changes.
     */
    public record Occupant(long personId, long stayId, String name, String sex, boolean child,
                           @Nullable Long householdId) {
    }

    public record BedOccupancy(long bedId, String label, boolean accessible, boolean childBed, boolean blocked,
                               @Nullable Occupant occupant) {

        public boolean free() {
            return !blocked && occupant == null;
        }
    }

    public record UnitOccupancy(long unitId, String name, Capacity capacity, int men, int women, int children,
                                List<BedOccupancy> beds) {
    }

    /** {@code changeable}: the caller may move and check out residents here (only on today's board). */
    public record SiteDetail(SiteOccupancy totals, List<UnitOccupancy> units, List<Occupant> notAssigned,
                             boolean changeable) {

        /** Everyone present, in a bed or not. */
        public List<Occupant> present() {
            return java.util.stream.Stream.concat(units.stream().flatMap(unit -> unit.beds().stream())
                            .map(BedOccupancy::occupant).filter(java.util.Objects::nonNull), notAssigned.stream())
                    .toList();
        }

        /** Everyone present who belongs to the household. */
        public List<Occupant> household(long householdId) {
            return present().stream().filter(o -> Long.valueOf(householdId).equals(o.householdId())).toList();
        }
    }
}
