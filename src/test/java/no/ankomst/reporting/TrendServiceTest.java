package no.ankomst.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The trend reads the 12 weekly snapshots up to a week: a site's people week by week, a week without a snapshot as
 * a gap that the chart's summary names, and only the charts a scope has figures for.
 */
@AnkomstTest
@WithUserDetails("manager")
class TrendServiceTest {

    /** The last of the 12 weeks: 2021-W26 (28 June to 4 July 2021); no other test takes weeks of 2021. */
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 7, 4);

    @Autowired
    TrendService trends;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    DSLContext db;

    @Test
    void the_trend_reads_twelve_weeks_and_leaves_a_gap_for_the_week_without_a_snapshot() {
        ReportingFixtures fixtures = new ReportingFixtures(db);
        long site = fixtures.site(30, 0);
        // one person more each week: the n-th of the 12 weeks ends with n people there
        List<String> weeks = TrendService.isoWeeks(LAST_DAY);
        for (int n = 0; n < 12; n++) {
            LocalDate monday = LAST_DAY.minusWeeks(11 - n).minusDays(6);
            fixtures.stay(site, "FEMALE", LocalDate.of(1980, 1, 1), monday, null);
        }
        for (int n = 0; n < 12; n++) {
            if (n != 4) {
                snapshots.take(ReportPeriod.weekOf(LAST_DAY.minusWeeks(11 - n)));
            }
        }

        TrendService.Weeks read = trends.weeks(LAST_DAY, ReportScope.site(site), List.of(site));

        assertThat(read.isoWeeks()).hasSize(12).startsWith("2021-W15").endsWith("2021-W26");
        assertThat(weeks).isEqualTo(read.isoWeeks());
        assertThat(read.values("report.figure.occupancy.people"))
                .containsExactly(1L, 2L, 3L, 4L, null, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(read.missing()).containsExactly("2021-W19");

        List<ChartData> site1 = trends.reportCharts(read, ReportScope.Kind.SITE, Locale.ENGLISH);
        assertThat(site1).extracting(ChartData::id).containsExactly("trend-occupancy", "trend-tb", "trend-school");
        ChartData occupancy = site1.getFirst();
        assertThat(occupancy.categories()).hasSize(12);
        assertThat(occupancy.series()).extracting(ChartData.Series::name).containsExactly("Residents", "Free beds");
        assertThat(occupancy.summary()).contains("Residents: 12 in week 2021-W26 (lowest 1, highest 12)")
                .contains("No weekly snapshot for 2021-W19: shown as gaps.");

        List<ChartData> country = trends.reportCharts(trends.weeks(LAST_DAY, ReportScope.country(), null),
                ReportScope.Kind.COUNTRY, Locale.ENGLISH);
        assertThat(country).extracting(ChartData::id)
                .containsExactly("trend-occupancy", "trend-tb", "trend-school", "trend-settled");
        List<ChartData> municipality = trends.reportCharts(trends.weeks(LAST_DAY, ReportScope.municipality("0301"),
                List.of()), ReportScope.Kind.MUNICIPALITY, Locale.ENGLISH);
        assertThat(municipality).extracting(ChartData::id).containsExactly("trend-settled");

        // the twelve weeks are read in one query per section: the same lines as reading each snapshot alone
        List<Long> ids = List.copyOf(snapshots.weekly(weeks).values());
        java.util.Set<String> sections = java.util.Set.of("occupancy", "tb", "school", AreaSections.SETTLEMENT,
                AreaSections.INTRODUCTION, "protection");
        for (ReportScope scope : List.of(ReportScope.site(site), ReportScope.country(), ReportScope.county("31"),
                ReportScope.municipality("0301"))) {
            List<Long> sites = switch (scope.kind()) {
                case SITE -> List.of(site);
                case COUNTRY -> null;
                default -> List.of();
            };
            java.util.Map<Long, List<ReportLine>> together = snapshots.lines(ids, scope, sites, sections);
            assertThat(together.keySet()).as(scope.toString()).containsExactlyElementsOf(ids);
            for (Long id : ids) {
                assertThat(together.get(id)).as(scope + " snapshot " + id)
                        .isEqualTo(snapshots.lines(id, scope, sites, sections));
            }
        }
    }

    @Test
    void weeks_without_any_snapshot_say_so() {
        TrendService.Weeks none = trends.weeks(LocalDate.of(2019, 3, 3), ReportScope.country(), null);
        assertThat(none.missing()).hasSize(12);
        ChartData chart = trends.reportCharts(none, ReportScope.Kind.COUNTRY, Locale.ENGLISH).getFirst();
        assertThat(chart.series().getFirst().values()).containsOnlyNulls();
        assertThat(chart.summary()).isEqualTo("No weekly snapshots for these weeks yet.");
    }
}
