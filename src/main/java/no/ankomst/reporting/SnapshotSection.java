package no.ankomst.reporting;

import java.util.List;

/**
 * One family of figures in a snapshot (occupancy, TB, school, protection per site; settlement and the introduction
 * programme per municipality and county): freezes its figures into its own table, in one set-based pass, and reads them back summed
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

    /**
     * The section's figures for a report's scope, {@code siteIds} being the scope's sites (null for the country).
     * A family kept per site has nothing for a municipality's scope (a coordinator reads settlement and programme
     * figures only); a family kept per municipality and county overrides this and reads its own rows.
     */
    default List<ReportLine> lines(long snapshotId, ReportScope scope,
                                   java.util.@org.jspecify.annotations.Nullable Collection<Long> siteIds) {
        return scope.kind() == ReportScope.Kind.MUNICIPALITY ? List.of() : lines(snapshotId, siteIds);
    }

    /**
     * The figures of each of several snapshots for a scope, by snapshot id in the order given (the trend charts read
     * twelve weeks). One read per snapshot here; a family kept in columns reads them all in one query.
     */
    default java.util.Map<Long, List<ReportLine>> lines(java.util.Collection<Long> snapshotIds, ReportScope scope,
                                                       java.util.@org.jspecify.annotations.Nullable Collection<Long> siteIds) {
        java.util.Map<Long, List<ReportLine>> lines = new java.util.LinkedHashMap<>();
        for (Long id : snapshotIds) {
            lines.put(id, lines(id, scope, siteIds));
        }
        return lines;
    }
}
