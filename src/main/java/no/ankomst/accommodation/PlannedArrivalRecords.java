package no.ankomst.accommodation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Arrivals a site expects, as the occupancy board lists them and the plan form enters them. */
public final class PlannedArrivalRecords {

    private PlannedArrivalRecords() {
    }

    public enum Status { PLANNED, ARRIVED, CANCELLED }

    public record PlannedArrival(long id, long siteId, LocalDate expectedOn, int people, @Nullable String comingFrom,
                                 @Nullable String note, Status status, String createdBy, int version) {
    }

    public record NewPlannedArrival(long siteId, @Nullable LocalDate expectedOn, @Nullable Integer people,
                                    @Nullable String comingFrom, @Nullable String note) {
    }
}
