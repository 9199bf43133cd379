package no.ankomst.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.ClinicDetail;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class TbClinicServiceTest {

    @Autowired
    TbClinicService clinics;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private BookingFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new BookingFixtures(db);
        today = LocalDate.now(clock);
    }

    static void assertRule(ThrowingCallable call, String field, String ruleKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                .contains(tuple(field, ruleKey)));
    }

    private static ClinicChange change(Long siteId, String name, List<Capacity> capacities, List<LocalDate> closed) {
        return new ClinicChange(siteId, name, "Room 2", true, capacities, closed);
    }

    @Test
    void an_administrator_sets_up_a_clinic_with_its_week_and_closed_days_and_changes_it_audited() {
        long site = fixtures.site();
        long id = clinics.create(change(site, "Helsestasjon", List.of(new Capacity(DayOfWeek.MONDAY, TbTest.XRAY, 8),
                new Capacity(DayOfWeek.TUESDAY, TbTest.QUESTIONNAIRE, 4)), List.of(today.plusDays(3))));

        ClinicDetail detail = clinics.clinic(id).orElseThrow();
        assertThat(detail.clinic().siteId()).isEqualTo(site);
        assertThat(detail.capacity(DayOfWeek.MONDAY, TbTest.XRAY)).isEqualTo(8);
        assertThat(detail.capacity(DayOfWeek.MONDAY, TbTest.IGRA)).isZero();
        assertThat(detail.closedDays()).containsExactly(today.plusDays(3));

        clinics.update(id, detail.clinic().version(), change(site, "Helsestasjon 2",
                List.of(new Capacity(DayOfWeek.FRIDAY, TbTest.XRAY, 3)), List.of()));

        ClinicDetail changed = clinics.clinic(id).orElseThrow();
        assertThat(changed.clinic().name()).isEqualTo("Helsestasjon 2");
        assertThat(changed.capacities()).containsExactly(new Capacity(DayOfWeek.FRIDAY, TbTest.XRAY, 3));
        assertThat(changed.closedDays()).isEmpty();
        assertThat(audit.page(new AuditFilter("admin", "CLINIC_CHANGED", null, null), 0, 50))
                .filteredOn(entry -> entry.entityId().equals(String.valueOf(id))).hasSize(2);
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        long site = fixtures.site();
        long id = clinics.create(change(site, "Klinikk", List.of(), List.of()));
        int version = clinics.clinic(id).orElseThrow().clinic().version();
        clinics.update(id, version, change(site, "Klinikk A", List.of(), List.of()));

        assertThatThrownBy(() -> clinics.update(id, version, change(site, "Klinikk B",
                List.of(new Capacity(DayOfWeek.MONDAY, TbTest.XRAY, 5)), List.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(clinics.clinic(id).orElseThrow().clinic().name()).isEqualTo("Klinikk A");
        assertThat(clinics.clinic(id).orElseThrow().capacities()).isEmpty();
    }

    @Test
    void bad_input_names_the_field_and_the_rule() {
        long site = fixtures.site();
        assertRule(() -> clinics.create(change(site, "X", List.of(new Capacity(DayOfWeek.MONDAY, TbTest.XRAY, 1001)),
                List.of())), "weeklyCapacity", "validation.range");
        assertRule(() -> clinics.create(change(site, "X", List.of(new Capacity(DayOfWeek.MONDAY, TbTest.XRAY, -1)),
                List.of())), "weeklyCapacity", "validation.range");
        assertRule(() -> clinics.create(change(site, " ", List.of(), List.of())), "name", "validation.required");
        assertRule(() -> clinics.create(change(-5L, "X", List.of(), List.of())), "site", "validation.sites.unknown");
        assertRule(() -> clinics.create(change(site, "X", List.of(), List.of(today.minusDays(1)))), "closedDays",
                "validation.clinic.closedDayPast");
        clinics.create(change(site, "First", List.of(), List.of()));
        assertRule(() -> clinics.create(change(site, "Second", List.of(), List.of())), "site",
                "validation.clinic.siteHasClinic");
    }

    @Test
    @WithUserDetails("health")
    void health_staff_are_refused_a_site_outside_their_scope_and_see_no_clinic_there() {
        long site = fixtures.site();
        long id = SystemWork.as("test", Capability.MANAGE_CLINICS)
                .call(() -> clinics.create(change(site, "Annen", List.of(), List.of())));

        assertThatThrownBy(() -> clinics.create(change(fixtures.site(), "Min", List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinics.update(id, 0, change(site, "Min", List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clinics.clinic(id)).isEmpty();
        assertThat(clinics.page(0, 500)).noneMatch(row -> row.id() == id);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_do_not_manage_clinics() {
        assertThatThrownBy(() -> clinics.count()).isInstanceOf(AccessDeniedException.class);
    }
}
