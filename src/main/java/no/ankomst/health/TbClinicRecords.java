package no.ankomst.health;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What views and other features get from and give to {@link TbClinicService}: plain values, never jOOQ. */
public final class TbClinicRecords {

    private TbClinicRecords() {
    }

    /** A site's screening clinic as listed. */
    public record ClinicRow(long id, long siteId, String siteName, String name, @Nullable String location,
                            boolean active, int version) {
    }

    /** How many people the clinic screens on a weekday with a test type (0 = none). */
    public record Capacity(DayOfWeek weekday, TbTest test, int capacity) {
    }

    /** A clinic with its weekly pattern and its closed days (from today on). */
    public record ClinicDetail(ClinicRow clinic, List<Capacity> capacities, List<LocalDate> closedDays) {

        /** The capacity for a weekday and test type; 0 when the pattern has none. */
        public int capacity(DayOfWeek weekday, TbTest test) {
            return capacities.stream().filter(c -> c.weekday() == weekday && c.test() == test)
                    .mapToInt(Capacity::capacity).findFirst().orElse(0);
        }
    }

    /**
     * What a form saves in one go: the clinic's name, location and state, its whole weekly pattern (weekday × test
     * type; what is left out counts as 0) and its closed days (from today on; past ones are kept as they were).
     */
    public record ClinicChange(@Nullable Long siteId, @Nullable String name, @Nullable String location, boolean active,
                               List<Capacity> capacities, List<LocalDate> closedDays) {
        public ClinicChange {
            capacities = List.copyOf(capacities);
            closedDays = List.copyOf(closedDays);
        }
    }

    /** A site the user may set up a clinic for. */
    public record SiteOption(long id, String name, boolean hasClinic) {
    }
}
