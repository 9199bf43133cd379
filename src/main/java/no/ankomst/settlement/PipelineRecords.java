package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The pipeline screen's filter, rows and counts. */
public final class PipelineRecords {

    private PipelineRecords() {
    }

    /** Near: the target lies within the configured days ahead; past: it has gone by (settled households left out). */
    public enum Due { NEAR, PAST }

    public record PipelineFilter(@Nullable SettlementState state, @Nullable String countyCode, @Nullable Due due) {
        public static PipelineFilter all() {
            return new PipelineFilter(null, null, null);
        }
    }

    public record PipelineRow(long householdId, long headId, String headName, int members, SettlementState state,
                              @Nullable LocalDate permitGrantedOn, @Nullable LocalDate targetDate,
                              boolean unaccompaniedMinor, @Nullable String siteName, @Nullable String countyCode) {
    }

    /** Households per state, and how many are near or past their target. */
    public record PipelineCounts(Map<SettlementState, Integer> perState, int near, int past) {
        public PipelineCounts {
            perState = Map.copyOf(perState);
        }
    }
}
