package no.ankomst.reporting;

import java.util.ArrayList;
import java.util.List;

/** A section whose figures are the columns of its own snapshot table, each printed as a count. */
abstract class ColumnsSection implements SnapshotSection {

    /** Fills the section's table for a snapshot in one statement. */
    interface Taker {
        int take(long snapshotId, ReportPeriod period);
    }

    private final String name;
    private final int order;
    final String table;
    final List<String> columns;
    private final Taker taker;

    ColumnsSection(String name, int order, String table, List<String> columns, Taker taker) {
        this.name = name;
        this.order = order;
        this.table = table;
        this.columns = columns;
        this.taker = taker;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public void take(long snapshotId, ReportPeriod period) {
        taker.take(snapshotId, period);
    }

    /**
     * Each snapshot's lines made from its sums, in the order of {@code snapshotIds}; no lines for any of them when
     * the family has no figures for the scope ({@code none}: a site family for a municipality, an area family for a
     * site), in which case the sums are not read.
     */
    static java.util.Map<Long, List<ReportLine>> bySnapshot(java.util.Collection<Long> snapshotIds, boolean none,
            java.util.function.Supplier<java.util.Map<Long, List<Long>>> sums,
            java.util.function.Function<List<Long>, List<ReportLine>> toLines) {
        java.util.Map<Long, List<ReportLine>> lines = new java.util.LinkedHashMap<>();
        if (none) {
            snapshotIds.forEach(id -> lines.put(id, List.of()));
        } else {
            sums.get().forEach((id, values) -> lines.put(id, toLines.apply(values)));
        }
        return lines;
    }

    /** One count line per column, in the columns' order. */
    List<ReportLine> counts(List<Long> values) {
        List<ReportLine> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(ReportLine.count(name, "report.figure." + name + "." + columns.get(i), values.get(i)));
        }
        return lines;
    }
}
