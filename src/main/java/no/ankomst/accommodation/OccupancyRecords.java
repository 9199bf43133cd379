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

    public record SiteOccupancy(long siteId, String siteName, LocalDate day, Population population,
                                Capacity capacity, Movements lastSevenDays) {

        public boolean overCapacity() {
            return population.total() > capacity.beds() - capacity.blocked();
        }
    }

    /** {@code sex} is MALE, FEMALE or OTHER; {@code child} means under 18 on the day looked at. */
    public record Occupant(long personId, String name, String sex, boolean child, @Nullable Long householdId) {
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

    public record SiteDetail(SiteOccupancy totals, List<UnitOccupancy> units, List<Occupant> notAssigned) {
    }
}
