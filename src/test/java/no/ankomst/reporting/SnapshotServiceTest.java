package no.ankomst.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.base.ValidationException;
import no.ankomst.jobs.JobContext;
import no.ankomst.reporting.SnapshotService.Snapshot;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Snapshots: the figures of a site on the period's last day, taken once per period (again: nothing changes), the
 * Monday job's week, and a period typed the wrong way round refused naming the field.
 */
@AnkomstTest
@WithUserDetails("manager")
class SnapshotServiceTest {

    @Autowired
    SnapshotService snapshots;
    @Autowired
    WeeklySnapshotJob job;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, BigDecimal> figures(long snapshotId, long site) {
        return snapshots.lines(snapshotId, List.of(site)).stream()
                .filter(l -> l.argKey() == null)
                .collect(Collectors.toMap(ReportLine::labelKey, ReportLine::value));
    }

    @Test
    void a_sites_occupancy_counts_the_people_there_on_the_last_day_and_the_moves_within_the_period() {
        ReportingFixtures fixtures = new ReportingFixtures(db);
        long site = fixtures.site(40, 5);
        LocalDate start = LocalDate.of(2025, 3, 3);
        fixtures.stay(site, "MALE", LocalDate.of(1980, 1, 1), start.minusDays(10), null);
        fixtures.stay(site, "FEMALE", LocalDate.of(1985, 1, 1), start.plusDays(2), null);
        fixtures.stay(site, "FEMALE", LocalDate.of(2015, 1, 1), start.plusDays(2), null);
        fixtures.stay(site, "MALE", LocalDate.of(1970, 1, 1), start.minusDays(30), start.plusDays(4));

        Snapshot snapshot = snapshots.take(ReportPeriod.weekOf(start));

        Map<String, BigDecimal> f = figures(snapshot.id(), site);
        assertThat(f.get("report.figure.occupancy.capacity")).isEqualByComparingTo("40");
        assertThat(f.get("report.figure.occupancy.people")).isEqualByComparingTo("3");
        assertThat(f.get("report.figure.occupancy.men")).isEqualByComparingTo("1");
        assertThat(f.get("report.figure.occupancy.women")).isEqualByComparingTo("1");
        assertThat(f.get("report.figure.occupancy.children")).isEqualByComparingTo("1");
        assertThat(f.get("report.figure.occupancy.free_beds")).isEqualByComparingTo("5");
        assertThat(f.get("report.figure.occupancy.arrivals")).isEqualByComparingTo("2");
        assertThat(f.get("report.figure.occupancy.departures")).isEqualByComparingTo("1");
        assertThat(snapshot.isoWeek()).isEqualTo("2025-W10");
    }

    @Test
    void taking_a_period_again_returns_the_same_snapshot_and_changes_nothing() {
        ReportingFixtures fixtures = new ReportingFixtures(db);
        long site = fixtures.site(10, 0);
        ReportPeriod period = new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 20));
        fixtures.stay(site, "MALE", LocalDate.of(1990, 5, 5), LocalDate.of(2025, 4, 2), null);
        Snapshot first = snapshots.take(period);
        Map<String, BigDecimal> before = figures(first.id(), site);

        // the live data change afterwards: the snapshot does not
        fixtures.stay(site, "FEMALE", LocalDate.of(1991, 5, 5), LocalDate.of(2025, 4, 3), null);
        Snapshot second = snapshots.take(period);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.takenAt()).isEqualTo(first.takenAt());
        assertThat(figures(second.id(), site)).isEqualTo(before);
        assertThat(second.isoWeek()).isNull();
    }

    @Test
    void the_monday_job_takes_last_week_once() {
        JobContext monday = new JobContext("weekly-snapshot",
                LocalDate.of(2025, 6, 2).atTime(6, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        long first = job.run(monday).counts().get("snapshot");
        long second = job.run(monday).counts().get("snapshot");

        assertThat(second).isEqualTo(first);
        Snapshot snapshot = snapshots.find(first).orElseThrow();
        assertThat(snapshot.period()).isEqualTo(new ReportPeriod(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 1)));
        assertThat(snapshot.isoWeek()).isEqualTo("2025-W22");
        assertThat(db.fetchCount(db.selectFrom("report_snapshot").where("period_start = date '2025-05-26'")))
                .isEqualTo(1);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_end() {
        assertThatThrownBy(() -> snapshots.period(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("end",
                                "validation.report.periodEndsBeforeStart")));
    }

    @Test
    void a_period_not_over_yet_and_a_missing_start_are_refused_naming_the_field() {
        clock.setDate(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> snapshots.period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("end"));
        assertThatThrownBy(() -> snapshots.period(null, LocalDate.of(2026, 2, 5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("start"));
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_cannot_take_a_snapshot() {
        assertThatThrownBy(() -> snapshots.take(ReportPeriod.weekOf(LocalDate.of(2025, 7, 9))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
