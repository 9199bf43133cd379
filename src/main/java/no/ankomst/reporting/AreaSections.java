package no.ankomst.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sections kept per municipality and county (V18): the settlement pipeline and the introduction programme. They
 * appear in the country's, a county's and a municipality's scope (a coordinator's), not in a site's: a household
 * is proposed to and settled in a municipality, a right belongs to one.
 */
@Configuration(proxyBeanMethods = false)
class AreaSections {

    static final String SETTLEMENT = "settlement";
    static final String INTRODUCTION = "introduction";

    @Bean
    SnapshotSection settlementSection(AreaSnapshotRepository repository) {
        return new AreaSection(SETTLEMENT, 50, repository, "snapshot_settlement",
                List.of("ready", "proposed", "accepted", "past_target", "settled", "settled_persons",
                        "settled_in_time", "minors_settled", "minors_in_time"),
                repository::takeSettlement) {
            @Override
            List<ReportLine> toLines(List<Long> v, ReportScope scope) {
                List<ReportLine> lines = new ArrayList<>(super.toLines(v, scope));
                if (scope.kind() == ReportScope.Kind.MUNICIPALITY) {
                    // a household without a municipality yet is counted in its centre's county, never in a municipality
                    lines.removeIf(l -> l.labelKey().endsWith(".ready"));
                }
                lines.add(ReportLine.share(name(), "report.figure.settlement.share_in_time", v.get(6), v.get(4)));
                lines.add(ReportLine.share(name(), "report.figure.settlement.minors_share_in_time", v.get(8), v.get(7)));
                return lines;
            }
        };
    }

    @Bean
    SnapshotSection introductionSection(AreaSnapshotRepository repository) {
        return new AreaSection(INTRODUCTION, 60, repository, "snapshot_introduction",
                List.of("eligible", "started", "start_due", "started_in_time", "late", "declined"),
                repository::takeIntroduction) {
            @Override
            List<ReportLine> toLines(List<Long> v, ReportScope scope) {
                List<ReportLine> lines = new ArrayList<>(super.toLines(v, scope));
                lines.add(ReportLine.share(name(), "report.figure.introduction.share_in_time", v.get(3), v.get(2)));
                return lines;
            }
        };
    }

    /** A section whose figures are columns of one table kept per county and municipality, summed over a scope. */
    static class AreaSection extends ColumnsSection {

        private final AreaSnapshotRepository repository;

        AreaSection(String name, int order, AreaSnapshotRepository repository, String table, List<String> columns,
                    Taker taker) {
            super(name, order, table, columns, taker);
            this.repository = repository;
        }

        /** The country's figures when no sites are named; none for a list of sites (kept per municipality). */
        @Override
        public List<ReportLine> lines(long snapshotId, @Nullable Collection<Long> siteIds) {
            return siteIds == null ? lines(snapshotId, ReportScope.country(), null) : List.of();
        }

        @Override
        public List<ReportLine> lines(long snapshotId, ReportScope scope, @Nullable Collection<Long> siteIds) {
            if (scope.kind() == ReportScope.Kind.SITE) {
                return List.of();
            }
            return toLines(repository.sums(table, columns, snapshotId, scope), scope);
        }

        @Override
        public Map<Long, List<ReportLine>> lines(Collection<Long> snapshotIds, ReportScope scope,
                                                 @Nullable Collection<Long> siteIds) {
            return bySnapshot(snapshotIds, scope.kind() == ReportScope.Kind.SITE,
                    () -> repository.sums(table, columns, snapshotIds, scope), sums -> toLines(sums, scope));
        }

        List<ReportLine> toLines(List<Long> values, ReportScope scope) {
            return counts(values);
        }
    }
}
