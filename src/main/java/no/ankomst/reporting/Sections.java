package no.ankomst.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.reporting.SnapshotRepository.ProtectionSums;
import no.ankomst.schooling.ChildrenService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The four sections of the first weekly report. Settlement and the introduction programme add theirs as further
 * {@link SnapshotSection} beans (their own snapshot table, a later migration), with an order after these.
 */
@Configuration(proxyBeanMethods = false)
class Sections {

    @Bean
    SnapshotSection occupancySection(SnapshotRepository repository) {
        return new FamilySection("occupancy", 10, repository, "snapshot_occupancy",
                List.of("capacity", "people", "men", "women", "children", "free_beds", "arrivals", "departures"),
                repository::takeOccupancy);
    }

    @Bean
    SnapshotSection tbSection(SnapshotRepository repository) {
        return new FamilySection("tb", 20, repository, "snapshot_tb",
                List.of("due", "overdue", "deadline_passed", "screened_in_time", "referrals"),
                repository::takeTb) {
            @Override
            List<ReportLine> toLines(List<Long> v) {
                List<ReportLine> lines = new ArrayList<>(super.toLines(v));
                lines.add(ReportLine.share(name(), "report.figure.tb.share_in_time", v.get(3), v.get(2)));
                return lines;
            }
        };
    }

    @Bean
    SnapshotSection schoolSection(SnapshotRepository repository, ChildrenService children) {
        return new FamilySection("school", 30, repository, "snapshot_school",
                List.of("school_age", "enrolled", "started", "started_in_time", "late", "kindergarten", "activity",
                        "activity_gap"),
                (id, period) -> {
                    repository.insertSchool(id, children.countsBySite(period.end()));
                    return 0;
                }) {
            @Override
            List<ReportLine> toLines(List<Long> v) {
                List<ReportLine> lines = new ArrayList<>(super.toLines(v));
                lines.add(ReportLine.share(name(), "report.figure.school.share_in_time", v.get(3),
                        v.get(2) + v.get(4)));
                return lines;
            }
        };
    }

    @Bean
    SnapshotSection protectionSection(SnapshotRepository repository, ProtectionCaseService cases) {
        return new SnapshotSection() {
            @Override
            public String name() {
                return "protection";
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public void take(long snapshotId, ReportPeriod period) {
                repository.takeProtection(snapshotId, period, cases.expiringWithinDays());
            }

            @Override
            public List<ReportLine> lines(long snapshotId, @Nullable Collection<Long> siteIds) {
                List<ReportLine> lines = new ArrayList<>();
                long expiring = 0;
                for (ProtectionSums s : repository.protectionSums(snapshotId, siteIds)) {
                    String state = "caseState." + s.state();
                    lines.add(new ReportLine(name(), "report.figure.protection.cases", state,
                            java.math.BigDecimal.valueOf(s.cases())));
                    lines.add(new ReportLine(name(), "report.figure.protection.mean_days", state,
                            java.math.BigDecimal.valueOf(s.daysWaiting()).divide(
                                    java.math.BigDecimal.valueOf(Math.max(1, s.cases())), 1,
                                    java.math.RoundingMode.HALF_UP)));
                    if (s.median() != null) {
                        lines.add(new ReportLine(name(), "report.figure.protection.median_days", state,
                                s.median().setScale(1, java.math.RoundingMode.HALF_UP)));
                    }
                    expiring += s.permitsExpiring();
                }
                lines.add(ReportLine.count(name(), "report.figure.protection.permits_expiring", expiring));
                return lines;
            }
        };
    }

    /** A section whose figures are columns of one table kept per site, each summed over the scope's sites. */
    static class FamilySection extends ColumnsSection {

        private final SnapshotRepository repository;

        FamilySection(String name, int order, SnapshotRepository repository, String table, List<String> columns,
                      Taker taker) {
            super(name, order, table, columns, taker);
            this.repository = repository;
        }

        @Override
        public List<ReportLine> lines(long snapshotId, @Nullable Collection<Long> siteIds) {
            return toLines(repository.sums(table, columns, snapshotId, siteIds));
        }

        @Override
        public Map<Long, List<ReportLine>> lines(Collection<Long> snapshotIds, ReportScope scope,
                                                 @Nullable Collection<Long> siteIds) {
            return bySnapshot(snapshotIds, scope.kind() == ReportScope.Kind.MUNICIPALITY,
                    () -> repository.sums(table, columns, snapshotIds, siteIds), this::toLines);
        }

        List<ReportLine> toLines(List<Long> values) {
            return counts(values);
        }
    }
}
