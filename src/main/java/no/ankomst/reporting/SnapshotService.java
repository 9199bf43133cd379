package no.ankomst.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.Violations;
import no.ankomst.reporting.SnapshotRepository.SnapshotRow;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes snapshots: the weekly job's for last week, and on demand for any past period. A period's snapshot is taken
 * once; asking again returns the one there is and changes nothing, so a report from it stays the same.
 */
@Service
public class SnapshotService {

    private final SnapshotRepository repository;
    private final List<SnapshotSection> sections;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SnapshotService(SnapshotRepository repository, List<SnapshotSection> sections, Permissions permissions,
                    CurrentUser currentUser, AuditService audit, Clock clock) {
        this.repository = repository;
        this.sections = sections.stream().sorted(Comparator.comparingInt(SnapshotSection::order)).toList();
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A snapshot's identity and the time of its data. */
    public record Snapshot(long id, ReportPeriod period, @Nullable String isoWeek, OffsetDateTime takenAt) {
    }

    /** Checks a period typed in a form: both days given, the end not before the start, and not after today. */
    public ReportPeriod period(@Nullable LocalDate start, @Nullable LocalDate end) {
        Violations violations = new Violations()
                .check(start != null, "start", "validation.required")
                .check(end != null, "end", "validation.required");
        violations.throwIfAny();
        new Violations()
                .check(!end.isBefore(start), "end", "validation.report.periodEndsBeforeStart")
                .check(!end.isAfter(LocalDate.now(clock)), "end", "validation.report.periodNotOver")
                .throwIfAny();
        return new ReportPeriod(start, end);
    }

    /** The ISO week before the one holding {@code today} (the Monday job's week). */
    @Transactional
    public Snapshot takeLastWeek(LocalDate today) {
        return take(ReportPeriod.weekOf(today.minusWeeks(1)));
    }

    /**
     * The period's snapshot, taken now if there is none yet: each section's figures in one statement each, all in
     * one transaction (a failing section leaves no snapshot).
     */
    @Transactional
    public Snapshot take(ReportPeriod period) {
        permissions.require(Capability.RUN_REPORTS);
        // microseconds, as the database keeps it: the snapshot handed back now and read later are the same
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Optional<Long> created = repository.insertSnapshot(period, now, currentUser.actorName());
        if (created.isEmpty()) {
            return toSnapshot(repository.find(period).orElseThrow());
        }
        long id = created.get();
        for (SnapshotSection section : sections) {
            section.take(id, period);
        }
        audit.record(AuditAction.REPORT_SNAPSHOT_TAKEN, "report_snapshot", id,
                period.start() + ".." + period.end());
        return new Snapshot(id, period, period.isoWeek(), now);
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> find(long id) {
        permissions.require(Capability.READ_REPORTS);
        return repository.find(id).map(SnapshotService::toSnapshot);
    }

    /** Snapshots newest first, paged in the database. */
    @Transactional(readOnly = true)
    public List<Snapshot> page(int offset, int limit) {
        permissions.require(Capability.READ_REPORTS);
        return repository.page(offset, limit).stream().map(SnapshotService::toSnapshot).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        permissions.require(Capability.READ_REPORTS);
        return repository.countSnapshots();
    }

    /** The figures of a snapshot summed over the sites (all when null), section by section. */
    List<ReportLine> lines(long snapshotId, java.util.@Nullable Collection<Long> siteIds) {
        return sections.stream().flatMap(s -> s.lines(snapshotId, siteIds).stream()).toList();
    }

    /**
     * The figures of a snapshot for a report's scope ({@code siteIds}: the scope's sites, null for the country),
     * of the named sections only (all when null).
     */
    List<ReportLine> lines(long snapshotId, ReportScope scope, java.util.@Nullable Collection<Long> siteIds,
                           java.util.@Nullable Set<String> sectionNames) {
        return sections.stream().filter(s -> sectionNames == null || sectionNames.contains(s.name()))
                .flatMap(s -> s.lines(snapshotId, scope, siteIds).stream()).toList();
    }

    /**
     * The figures of each of several snapshots for a scope, of the named sections, by snapshot id in the order given:
     * one read per section, whatever the number of snapshots (the trend charts).
     */
    java.util.Map<Long, List<ReportLine>> lines(java.util.Collection<Long> snapshotIds, ReportScope scope,
                                               java.util.@Nullable Collection<Long> siteIds,
                                               java.util.Set<String> sectionNames) {
        java.util.Map<Long, List<ReportLine>> lines = new java.util.LinkedHashMap<>();
        snapshotIds.forEach(id -> lines.put(id, new java.util.ArrayList<>()));
        for (SnapshotSection section : sections) {
            if (sectionNames.contains(section.name())) {
                section.lines(snapshotIds, scope, siteIds).forEach((id, each) -> lines.get(id).addAll(each));
            }
        }
        return lines;
    }

    /** The weekly snapshots of the ISO weeks given (e.g. 2026-W48), by week; a week without one is absent. */
    java.util.Map<String, Long> weekly(java.util.Collection<String> isoWeeks) {
        return repository.weekly(isoWeeks);
    }

    List<Long> sitesInCounty(String countyCode) {
        return repository.sitesInCounty(countyCode);
    }

    private static Snapshot toSnapshot(SnapshotRow row) {
        return new Snapshot(row.id(), row.period(), row.isoWeek(), row.takenAt());
    }
}
