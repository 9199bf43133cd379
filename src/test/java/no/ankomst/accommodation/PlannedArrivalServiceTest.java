package no.ankomst.accommodation;

import static no.ankomst.accommodation.StayServiceTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import no.ankomst.accommodation.PlannedArrivalRecords.NewPlannedArrival;
import no.ankomst.accommodation.PlannedArrivalRecords.PlannedArrival;
import no.ankomst.audit.AuditAction;
import no.ankomst.base.ConflictException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.PLANNED_ARRIVAL;

@AnkomstTest
@WithUserDetails("admin")
class PlannedArrivalServiceTest {

    @Autowired
    PlannedArrivalService planned;
    @Autowired
    OccupancyService occupancy;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private Fixtures fixtures;
    private LocalDate today;
    private long site;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(db);
        today = LocalDate.now(clock);
        site = fixtures.site();
    }

    private SiteOccupancy line() {
        return occupancy.occupancyBySite(today).stream().filter(s -> s.siteId() == site).findFirst().orElseThrow();
    }

    @Test
    void the_board_counts_the_people_expected_in_the_next_seven_days_until_they_are_marked_arrived() {
        long bus = planned.plan(new NewPlannedArrival(site, today.plusDays(2), 12, "Råde", null));
        planned.plan(new NewPlannedArrival(site, today.plusDays(7), 3, null, "a family of three"));
        planned.plan(new NewPlannedArrival(site, today.plusDays(8), 40, null, null));

        assertThat(line().plannedArrivals()).isEqualTo(15);
        assertThat(planned.expected(site)).extracting(PlannedArrival::people).containsExactly(12, 3, 40);

        planned.markArrived(bus, 0);

        assertThat(line().plannedArrivals()).isEqualTo(3);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.ARRIVAL_RECORDED.name())
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(bus))))).isEqualTo(1);
    }

    @Test
    void a_plan_needs_a_day_from_today_and_between_one_and_five_hundred_people_and_saves_nothing_otherwise() {
        int before = db.fetchCount(PLANNED_ARRIVAL);

        assertRule(() -> planned.plan(new NewPlannedArrival(site, today.minusDays(1), 5, null, null)),
                "expectedOn", "validation.plannedArrival.past");
        assertRule(() -> planned.plan(new NewPlannedArrival(site, today.plusDays(400), 5, null, null)),
                "expectedOn", "validation.plannedArrival.tooFarAhead");
        assertRule(() -> planned.plan(new NewPlannedArrival(site, today, 0, null, null)), "people", "validation.range");
        assertRule(() -> planned.plan(new NewPlannedArrival(site, null, null, "x".repeat(201), null)),
                "comingFrom", "validation.maxLength");

        assertThat(db.fetchCount(PLANNED_ARRIVAL)).isEqualTo(before);
    }

    @Test
    void a_plan_someone_else_already_marked_gives_a_conflict_not_a_second_change() {
        long id = planned.plan(new NewPlannedArrival(site, today, 2, null, null));
        planned.cancel(id, 0);

        assertThatThrownBy(() -> planned.markArrived(id, 0)).isInstanceOf(ConflictException.class);
        assertThat(planned.expected(site)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_plan_for_their_own_site_only() {
        assertThatThrownBy(() -> planned.plan(new NewPlannedArrival(site, today, 2, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_may_not_plan_arrivals() {
        long own = fixtures.siteNamed("Haugesund mottak");
        assertThatThrownBy(() -> planned.plan(new NewPlannedArrival(own, today, 2, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
