package no.ankomst.reporting;

import java.util.List;

/**
 * One family of figures in a snapshot (occupancy, TB, school, protection; settlement and the introduction programme
 * add theirs): freezes its figures per site into its own table, in one set-based pass, and reads them back summed
 * over the sites of a scope as the lines of the report. Beans are taken and printed in {@link #order()}.
 */
public interface SnapshotSection {

    /** The section's name, also the i18n key suffix of its heading: {@code report.section.<name>}. */
    String name();

    int order();

    /** Freezes the section's figures for the period into the snapshot; called once per snapshot, in its transaction. */
    void take(long snapshotId, ReportPeriod period);

    /** The section's figures summed over the given sites (all sites when {@code siteIds} is null). */
    List<ReportLine> lines(long snapshotId, java.util.@org.jspecify.annotations.Nullable Collection<Long> siteIds);
}
