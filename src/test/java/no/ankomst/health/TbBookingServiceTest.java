package no.ankomst.health;

import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.StayService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.health.TbBookingRecords.Appointment;
import no.ankomst.health.TbBookingRecords.BookingRun;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class TbBookingServiceTest {

    @Autowired
    TbBookingService bookings;
    @Autowired
    TbClinicService clinics;
    @Autowired
    TbBookingJob job;
    @Autowired
    StayService stays;
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

    /** A clinic at the site with {@code capacity} of each test type on the given weekdays (every day if none). */
    private long clinic(long site, int capacity, List<LocalDate> closed, DayOfWeek... weekdays) {
        List<DayOfWeek> days = weekdays.length == 0 ? Arrays.asList(DayOfWeek.values()) : Arrays.asList(weekdays);
        List<Capacity> week = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (TbTest test : TbTest.values()) {
                week.add(new Capacity(day, test, capacity));
            }
        }
        return clinics.create(new ClinicChange(site, "Helse " + site, null, true, week, closed));
    }

    private BookingRun runJob(LocalDate day) {
        JobCounts counts = SystemWork.as("tb-booking", Capability.BOOK_SCREENING).call(() -> job.run(
                new JobContext("tb-booking", day.atTime(2, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant())));
        return new BookingRun(counts.counts().get("booked"), counts.counts().get("referred"),
                counts.counts().get("cancelled"), counts.counts().get("unbookable"));
    }

    private static LocalDate bookedDay(List<Record> appointments) {
        return appointments.getFirst().get(TB_APPOINTMENT.DAY);
    }

    @Test
    void the_job_books_oldest_due_first_never_over_capacity_and_a_second_run_changes_nothing() {
        long site = fixtures.site();
        DayOfWeek weekday = today.plusDays(1).getDayOfWeek();
        long clinic = clinic(site, 2, List.of(), weekday);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the first arrived earliest, so is due first
            people.add(fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(30 - i)));
        }

        BookingRun first = runJob(today);

        assertThat(first.booked()).isGreaterThanOrEqualTo(5);
        List<LocalDate> days = people.stream().map(p -> bookedDay(fixtures.appointments(p))).toList();
        assertThat(days.subList(0, 2)).containsOnly(today.plusDays(1));
        assertThat(days.subList(2, 4)).containsOnly(today.plusDays(8));
        assertThat(days.get(4)).isEqualTo(today.plusDays(15));
        assertThat(db.fetchCount(TB_APPOINTMENT, TB_APPOINTMENT.CLINIC_ID.eq(clinic)
                .and(TB_APPOINTMENT.STATE.eq("BOOKED")).and(TB_APPOINTMENT.DAY.eq(today.plusDays(1))))).isEqualTo(2);
        assertThat(fixtures.appointments(people.getFirst()).getFirst().get(TB_APPOINTMENT.TEST_TYPE))
                .isEqualTo("XRAY");

        BookingRun second = runJob(today);

        assertThat(second.booked()).isZero();
        assertThat(second.referred()).isZero();
        assertThat(second.cancelled()).isZero();
        assertThat(second.unbookable()).isEqualTo(first.unbookable());
        assertThat(people).allSatisfy(p -> assertThat(fixtures.appointments(p)).hasSize(1));
    }

    @Test
    void when_the_clinic_is_full_the_manual_booking_is_refused_and_the_job_leaves_the_rest_unbookable() {
        long site = fixtures.site();
        DayOfWeek weekday = today.plusDays(1).getDayOfWeek();
        long clinic = clinic(site, 1, List.of(), weekday);
        long booked = fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(3));
        long other = fixtures.resident(site, LocalDate.of(1981, 1, 1), today.minusDays(3));

        bookings.book(booked, clinic, today.plusDays(1), TbTest.XRAY);

        assertRule(() -> bookings.book(other, clinic, today.plusDays(1), TbTest.XRAY), "day", "validation.tb.full");
        assertThat(fixtures.appointments(other)).isEmpty();
    }

    @Test
    void a_child_who_turns_ten_before_the_first_free_day_is_booked_for_an_x_ray() {
        long site = fixtures.site();
        clinic(site, 5, List.of(today.plusDays(1), today.plusDays(2)));
        LocalDate tenthBirthday = today.plusDays(3);
        long child = fixtures.resident(site, tenthBirthday.minusYears(10), today.minusDays(2));
        long younger = fixtures.resident(site, tenthBirthday.minusYears(10).plusDays(30), today.minusDays(2));

        runJob(today);

        Record appointment = fixtures.appointments(child).getFirst();
        assertThat(appointment.get(TB_APPOINTMENT.DAY)).isEqualTo(today.plusDays(3));
        assertThat(appointment.get(TB_APPOINTMENT.TEST_TYPE)).isEqualTo("XRAY");
        assertThat(fixtures.appointments(younger).getFirst().get(TB_APPOINTMENT.TEST_TYPE))
                .isEqualTo("QUESTIONNAIRE");
    }

    @Test
    void a_transfer_cancels_the_appointment_at_the_old_site_and_the_next_run_books_at_the_new_one() {
        long from = fixtures.site();
        long to = fixtures.site();
        clinic(from, 5, List.of());
        long newClinic = clinic(to, 5, List.of());
        long person = fixtures.resident(from, LocalDate.of(1990, 3, 3), today.minusDays(5));
        runJob(today);
        assertThat(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.STATE)).isEqualTo("BOOKED");

        stays.transfer(person, to, null, today);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.STATE)));
        assertThat(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.CANCEL_REASON)).isEqualTo("MOVED");

        runJob(today);

        assertThat(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.CLINIC_ID)).isEqualTo(newClinic);
        assertThat(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.STATE)).isEqualTo("BOOKED");
    }

    @Test
    void a_check_out_cancels_the_appointment_on_the_next_run_and_private_housing_is_referred_once() {
        long site = fixtures.site();
        clinic(site, 5, List.of());
        long person = fixtures.resident(site, LocalDate.of(1990, 3, 3), today.minusDays(5));
        runJob(today);
        fixtures.checkOut(person, today, "PRIVATE_HOUSING");

        BookingRun run = runJob(today);

        assertThat(run.cancelled()).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.appointments(person).getFirst().get(TB_APPOINTMENT.CANCEL_REASON)).isEqualTo("MOVED");
        assertThat(fixtures.referrals(person)).singleElement().satisfies(referral -> {
            assertThat(referral.get("reason")).isEqualTo("PRIVATE_HOUSING");
            assertThat((String) referral.get("referred_to")).contains("Oslo");
        });
        assertThat(fixtures.appointments(person)).hasSize(1);

        BookingRun again = runJob(today);

        assertThat(again.referred()).isZero();
        assertThat(fixtures.referrals(person)).hasSize(1);
    }

    @Test
    void a_household_at_a_private_address_without_a_stay_is_referred_not_booked() {
        long person = fixtures.person(LocalDate.of(1985, 6, 1), today.minusDays(4));
        fixtures.privateAddress(person, "Storgata 1, 0155 Oslo");

        runJob(today);

        assertThat(fixtures.referrals(person)).singleElement()
                .satisfies(referral -> assertThat(referral.get("referred_to")).isEqualTo("Storgata 1, 0155 Oslo"));
        assertThat(fixtures.appointments(person)).isEmpty();
    }

    @Test
    void a_manual_booking_is_refused_naming_the_rule() {
        long site = fixtures.site();
        DayOfWeek open = today.plusDays(2).getDayOfWeek();
        long clinic = clinics.create(new ClinicChange(site, "Klinikk", null, true,
                List.of(new Capacity(open, TbTest.XRAY, 3)), List.of(today.plusDays(9))));
        long person = fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(2));
        long elsewhere = fixtures.resident(fixtures.site(), LocalDate.of(1980, 1, 1), today.minusDays(2));

        assertRule(() -> bookings.book(person, clinic, today.minusDays(5), TbTest.XRAY), "day",
                "validation.tb.dayPast");
        assertRule(() -> bookings.book(person, clinic, today.plusDays(9), TbTest.XRAY), "day",
                "validation.tb.clinicClosed");
        assertRule(() -> bookings.book(person, clinic, today.plusDays(2), TbTest.IGRA), "day",
                "validation.tb.noCapacity");
        assertRule(() -> bookings.book(person, clinic, today.plusDays(3), TbTest.XRAY), "day",
                "validation.tb.noCapacity");
        assertRule(() -> bookings.book(elsewhere, clinic, today.plusDays(2), TbTest.XRAY), "person",
                "validation.tb.notStayingAtClinicSite");

        long id = bookings.book(person, clinic, today.plusDays(2), TbTest.XRAY);

        assertRule(() -> bookings.book(person, clinic, today.plusDays(16), TbTest.XRAY), "person",
                "validation.tb.alreadyBooked");
        assertThat(bookings.openAppointment(person)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(id));
    }

    @Test
    void rebooking_cancels_the_old_appointment_and_a_stale_version_is_a_conflict() {
        long site = fixtures.site();
        long clinic = clinic(site, 3, List.of());
        long person = fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(2));
        long id = bookings.book(person, clinic, today.plusDays(1), TbTest.XRAY);
        Appointment booked = bookings.openAppointment(person).orElseThrow();

        long rebooked = bookings.rebook(id, today.plusDays(4), booked.version());

        assertThat(fixtures.appointments(person)).extracting(r -> r.get(TB_APPOINTMENT.ID),
                        r -> r.get(TB_APPOINTMENT.STATE), r -> r.get(TB_APPOINTMENT.CANCEL_REASON))
                .containsExactly(tuple(rebooked, "BOOKED", null), tuple(id, "CANCELLED", "REBOOKED"));
        assertThatThrownBy(() -> bookings.rebook(id, today.plusDays(5), booked.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bookings.cancel(rebooked, booked.version() + 7))
                .isInstanceOf(ConflictException.class);

        bookings.cancel(rebooked, bookings.openAppointment(person).orElseThrow().version());

        assertThat(bookings.openAppointment(person)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_cannot_book_someone_staying_at_another_site() {
        long site = fixtures.site();
        long clinic = SystemWork.as("test", Capability.MANAGE_CLINICS).call(() -> clinic(site, 3, List.of()));
        long person = fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(2));

        assertThatThrownBy(() -> bookings.book(person, clinic, today.plusDays(1), TbTest.XRAY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
