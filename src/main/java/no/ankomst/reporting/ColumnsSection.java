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

    /** One count line per column, in the columns' order. */
    List<ReportLine> counts(List<Long> values) {
        List<ReportLine> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(ReportLine.count(name, "report.figure." + name + "." + columns.get(i), values.get(i)));
        }
        return lines;
    }
}
