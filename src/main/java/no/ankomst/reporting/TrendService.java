package no.ankomst.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main figures over the last {@value #WEEKS} ISO weeks, read from the weekly snapshots (never from live data,
 * so a chart says the same as the reports of those weeks). A week without a snapshot has no value: the chart
 * draws a gap there and its summary names the week. Used by the weekly report (the weeks up to the report's) and
 * the home view (the weeks up to last week, in the user's scope).
 */
@Service
public class TrendService {

    static final int WEEKS = 12;
    private static final Set<String> CHARTED = Set.of("occupancy", "tb", "school", AreaSections.SETTLEMENT);

    private final SnapshotService snapshots;
    private final Permissions permissions;
    private final Clock clock;

    TrendService(SnapshotService snapshots, Permissions permissions, Clock clock) {
        this.snapshots = snapshots;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** One figure over the weeks: the value of each week's snapshot (null: no snapshot that week). */
    record Weeks(List<String> isoWeeks, List<@Nullable Map<String, Long>> figures) {

        List<@Nullable Long> values(String labelKey) {
            List<@Nullable Long> values = new ArrayList<>();
            for (Map<String, Long> week : figures) {
                values.add(week == null ? null : week.get(labelKey));
            }
            return values;
        }

        List<String> missing() {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < isoWeeks.size(); i++) {
                if (figures.get(i) == null) {
                    missing.add(isoWeeks.get(i));
                }
            }
            return missing;
        }

        /** The last week that has a snapshot, with its figures; null when none has. */
        @Nullable Integer latest() {
            for (int i = figures.size() - 1; i >= 0; i--) {
                if (figures.get(i) != null) {
                    return i;
                }
            }
            return null;
        }
    }

    /** The {@value #WEEKS} ISO weeks ending with the one holding {@code lastDay}, oldest first. */
    static List<String> isoWeeks(LocalDate lastDay) {
        List<String> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            weeks.add(String.valueOf(ReportPeriod.weekOf(lastDay.minusWeeks(back)).isoWeek()));
        }
        return weeks;
    }

    /** The charted figures of each of the weeks in a scope ({@code siteIds}: the scope's sites, null: all). */
    Weeks weeks(LocalDate lastDay, ReportScope scope, @Nullable Collection<Long> siteIds) {
        List<String> weeks = isoWeeks(lastDay);
        Map<String, Long> found = snapshots.weekly(weeks);
        // every week's figures in one read per charted section
        Map<Long, List<ReportLine>> lines = snapshots.lines(found.values(), scope, siteIds, CHARTED);
        List<@Nullable Map<String, Long>> figures = new ArrayList<>();
        for (String week : weeks) {
            Long id = found.get(week);
            figures.add(id == null ? null : lines.get(id).stream()
                    .filter(l -> l.argKey() == null)
                    .collect(Collectors.toMap(ReportLine::labelKey, l -> l.value().longValue(), (a, b) -> a,
                            HashMap::new)));
        }
        return new Weeks(weeks, figures);
    }

    /**
     * The weekly report's trend charts: occupancy (people, free beds), TB overdue, school late (and children
     * without kindergarten or activity), households settled; each only where the scope has such figures (no
     * settlement in a site's report, only settlement in a municipality's).
     */
    List<ChartData> reportCharts(Weeks weeks, ReportScope.Kind kind, Locale locale) {
        List<ChartData> charts = new ArrayList<>(siteCharts(weeks, kind, locale));
        if (kind != ReportScope.Kind.SITE) {
            charts.add(line(weeks, "trend-settled", "chart.settled.title", locale,
                    List.of("report.figure.settlement.settled")));
        }
        return charts;
    }

    /**
     * The home view's charts for the signed-in user: managers the country, centre staff their sites (summed), a
     * coordinator their municipality's settlement; over the {@value #WEEKS} weeks up to last week. The settlement
     * pipeline is a bar chart of the latest week that has a snapshot. Nobody else gets any.
     */
    @Transactional(readOnly = true)
    public List<ChartData> homeCharts(Locale locale) {
        if (!permissions.may(Capability.READ_REPORTS)) {
            return List.of();
        }
        Scope mine = permissions.require(Capability.READ_REPORTS);
        ReportScope scope;
        Collection<Long> sites;
        if (mine.coversAllSites()) {
            scope = ReportScope.country();
            sites = null;
        } else if (!mine.siteIds().isEmpty()) {
            // the sum of the user's sites: site families read the ids, municipality families nothing
            scope = ReportScope.site(mine.siteIds().stream().min(Long::compare).orElseThrow());
            sites = mine.siteIds();
        } else if (mine.municipalityCode() != null) {
            scope = ReportScope.municipality(mine.municipalityCode());
            sites = List.of();
        } else {
            return List.of();
        }
        Weeks weeks = weeks(LocalDate.now(clock).minusWeeks(1), scope, sites);
        List<ChartData> charts = new ArrayList<>(siteCharts(weeks, scope.kind(), locale));
        if (scope.kind() != ReportScope.Kind.SITE) {
            charts.add(pipeline(weeks, scope.kind(), locale));
        }
        return charts;
    }

    private List<ChartData> siteCharts(Weeks weeks, ReportScope.Kind kind, Locale locale) {
        if (kind == ReportScope.Kind.MUNICIPALITY) {
            return List.of();
        }
        return List.of(
                line(weeks, "trend-occupancy", "chart.occupancy.title", locale,
                        List.of("report.figure.occupancy.people", "report.figure.occupancy.free_beds")),
                line(weeks, "trend-tb", "chart.tb.title", locale, List.of("report.figure.tb.overdue")),
                line(weeks, "trend-school", "chart.school.title", locale,
                        List.of("report.figure.school.late", "report.figure.school.activity_gap")));
    }

    private static ChartData line(Weeks weeks, String id, String titleKey, Locale locale, List<String> figures) {
        List<ChartData.Series> series = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (String figure : figures) {
            String name = ReportService.text(locale, figure);
            List<@Nullable Long> values = weeks.values(figure);
            series.add(new ChartData.Series(name, values));
            Integer latest = weeks.latest();
            if (latest != null) {
                long min = values.stream().filter(v -> v != null).mapToLong(Long::longValue).min().orElse(0);
                long max = values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
                summary.append(format(locale, "chart.summary.series", name,
                        String.valueOf(values.get(latest)), weeks.isoWeeks().get(latest), String.valueOf(min),
                        String.valueOf(max))).append(' ');
            }
        }
        summary.append(missing(weeks, locale));
        return new ChartData(id, ChartData.Kind.LINE, ReportService.text(locale, titleKey), summary.toString().trim(),
                weeks.isoWeeks(), series);
    }

    private static ChartData pipeline(Weeks weeks, ReportScope.Kind kind, Locale locale) {
        List<String> states = new ArrayList<>(List.of("ready", "proposed", "accepted", "settled"));
        if (kind == ReportScope.Kind.MUNICIPALITY) {
            states.remove("ready");
        }
        Integer latest = weeks.latest();
        Map<String, Long> figures = latest == null ? Map.of() : weeks.figures().get(latest);
        List<String> names = new ArrayList<>();
        List<@Nullable Long> values = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (String state : states) {
            String name = ReportService.text(locale, "report.figure.settlement." + state);
            Long value = figures.get("report.figure.settlement." + state);
            // the bars carry a short word, the summary the figure's whole name
            names.add(ReportService.text(locale, "chart.pipeline." + state));
            values.add(value);
            said.add(name + ": " + (value == null ? "–" : value));
        }
        String summary = latest == null ? ReportService.text(locale, "chart.summary.none")
                : format(locale, "chart.summary.pipeline", weeks.isoWeeks().get(latest)) + " "
                        + String.join("; ", said) + ".";
        return new ChartData("pipeline", ChartData.Kind.BAR, ReportService.text(locale, "chart.pipeline.title"),
                summary, names, List.of(new ChartData.Series(ReportService.text(locale, "chart.households"), values)));
    }

    private static String missing(Weeks weeks, Locale locale) {
        List<String> missing = weeks.missing();
        if (missing.size() == weeks.isoWeeks().size()) {
            return ReportService.text(locale, "chart.summary.none");
        }
        return missing.isEmpty() ? "" : format(locale, "chart.summary.missing", String.join(", ", missing));
    }

    private static String format(Locale locale, String key, String... args) {
        String text = ReportService.text(locale, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }
}
