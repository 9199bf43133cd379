package no.ankomst.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run did, e.g. {@code booked=3, skipped=1}; {@code skipped} when the job found nothing to do for
 * this firing on purpose (recorded as SKIPPED).
 */
public record JobCounts(Map<String, Long> counts, boolean skipped) {

    public JobCounts {
        counts = Map.copyOf(counts);
    }

    public static JobCounts none() {
        return new JobCounts(Map.of(), false);
    }

    public static JobCounts of(String name, long count) {
        return new JobCounts(Map.of(name, count), false);
    }

    public static JobCounts skippedRun() {
        return new JobCounts(Map.of(), true);
    }

    /** {@code name=count, ...} in name order, as the ledger keeps it. */
    String text() {
        return new LinkedHashMap<>(counts).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
    }
}
