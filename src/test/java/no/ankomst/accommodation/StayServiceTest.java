package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class StayServiceTest {

    @Autowired
    StayService stays;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private Fixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(db);
        today = LocalDate.now(clock);
    }

    static void assertRule(ThrowingCallable call, String field, String ruleKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                .contains(tuple(field, ruleKey)));
    }

    @Test
    void a_person_checks_into_a_free_bed_and_out_again_with_an_audit_line_for_each() {
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        long person = fixtures.adult();

        long stayId = stays.checkIn(person, site, bed, today.minusDays(3));

        assertThat(stays.openStay(person)).hasValueSatisfying(stay -> {
            assertThat(stay.id()).isEqualTo(stayId);
            assertThat(stay.bedId()).isEqualTo(bed);
            assertThat(stay.checkedInOn()).isEqualTo(today.minusDays(3));
        });
        assertThat(stays.freeBeds(site)).extracting(FreeBed::bedId).doesNotContain(bed);

        stays.checkOut(stayId, today, CheckoutReason.PRIVATE_HOUSING);

        assertThat(stays.openStay(person)).isEmpty();
        assertThat(stays.history(person)).singleElement().satisfies(stay -> {
            assertThat(stay.checkedOutOn()).isEqualTo(today);
            assertThat(stay.checkoutReason()).isEqualTo(CheckoutReason.PRIVATE_HOUSING);
        });
        assertThat(stays.freeBeds(site)).extracting(FreeBed::bedId).contains(bed);
        assertThat(audit.page(new AuditFilter("admin", "CHECKED_IN", null, null), 0, 100))
                .anySatisfy(entry -> assertThat(entry.entityId()).isEqualTo(String.valueOf(stayId)));
        assertThat(audit.page(new AuditFilter("admin", "CHECKED_OUT", null, null), 0, 100))
                .anySatisfy(entry -> assertThat(entry.entityId()).isEqualTo(String.valueOf(stayId)));
    }

    @Test
    void a_bed_cannot_hold_two_overlapping_stays_and_the_second_check_in_saves_nothing() {
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        long first = fixtures.adult();
        long second = fixtures.adult();
        stays.checkIn(first, site, bed, today.minusDays(5));

        assertRule(() -> stays.checkIn(second, site, bed, today), "bed", "validation.stay.bedJustTaken");

        assertThat(fixtures.staysOf(second)).isZero();
        assertThat(fixtures.staysInBed(bed)).isEqualTo(1);
    }

    @Test
    void a_bed_freed_by_a_check_out_can_be_taken_from_that_day() {
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        long first = fixtures.adult();
        long second = fixtures.adult();
        long stayId = stays.checkIn(first, site, bed, today.minusDays(5));
        stays.checkOut(stayId, today.minusDays(2), CheckoutReason.LEFT);

        assertRule(() -> stays.checkIn(second, site, bed, today.minusDays(3)), "bed", "validation.stay.bedJustTaken");
        stays.checkIn(second, site, bed, today.minusDays(2));

        assertThat(fixtures.staysInBed(bed)).isEqualTo(2);
    }

    @Test
    void a_blocked_bed_and_a_bed_of_another_site_are_refused() {
        long site = fixtures.site();
        long blocked = fixtures.bed(fixtures.unit(site, "A"), "1");
        fixtures.block(blocked);
        long elsewhere = fixtures.bed(fixtures.unit(fixtures.site(), "A"), "1");
        long person = fixtures.adult();

        assertRule(() -> stays.checkIn(person, site, blocked, today), "bed", "validation.stay.bedBlocked");
        assertRule(() -> stays.checkIn(person, site, elsewhere, today), "bed", "validation.stay.bedNotAtSite");
        assertThat(fixtures.staysOf(person)).isZero();
    }

    @Test
    void a_person_already_staying_somewhere_must_be_transferred_not_checked_in_again() {
        long person = fixtures.adult();
        stays.checkIn(person, fixtures.site(), null, today.minusDays(1));

        assertRule(() -> stays.checkIn(person, fixtures.site(), null, today), "person", "validation.stay.useTransfer");
        assertThat(fixtures.staysOf(person)).isEqualTo(1);
    }

    @Test
    void a_backdated_check_in_over_an_earlier_stay_is_refused_by_the_database_and_explained() {
        long person = fixtures.adult();
        long earlier = stays.checkIn(person, fixtures.site(), null, today.minusDays(10));
        stays.checkOut(earlier, today.minusDays(5), CheckoutReason.LEFT);

        // no open stay, so only the exclusion constraint stay_person_in_one_place sees the overlap
        assertRule(() -> stays.checkIn(person, fixtures.site(), null, today.minusDays(7)),
                "person", "validation.stay.personElsewhere");
        assertThat(fixtures.staysOf(person)).isEqualTo(1);
    }

    @Test
    void a_check_out_before_the_check_in_is_refused_and_the_stay_stays_open() {
        long person = fixtures.adult();
        long stayId = stays.checkIn(person, fixtures.site(), null, today.minusDays(2));

        assertRule(() -> stays.checkOut(stayId, today.minusDays(3), CheckoutReason.LEFT),
                "checkedOutOn", "validation.stay.endsBeforeStart");
        assertThat(stays.openStay(person)).isPresent();
    }

    @Test
    void dates_in_the_future_are_refused() {
        long person = fixtures.adult();

        assertRule(() -> stays.checkIn(person, fixtures.site(), null, today.plusDays(1)),
                "checkedInOn", "validation.stay.dateInFuture");
        assertThat(fixtures.staysOf(person)).isZero();
    }

    @Test
    void a_transfer_closes_the_old_stay_as_transferred_and_keeps_both_in_the_history() {
        long from = fixtures.site();
        long to = fixtures.site();
        long toBed = fixtures.bed(fixtures.unit(to, "B"), "7");
        long person = fixtures.adult();
        long firstStay = stays.checkIn(person, from, fixtures.bed(fixtures.unit(from, "A"), "1"), today.minusDays(10));

        long secondStay = stays.transfer(person, to, toBed, today.minusDays(4));

        List<StayRow> history = stays.history(person);
        assertThat(history).extracting(StayRow::id, StayRow::siteId, StayRow::checkedInOn, StayRow::checkedOutOn,
                        StayRow::checkoutReason)
                .containsExactly(
                        tuple(secondStay, to, today.minusDays(4), null, null),
                        tuple(firstStay, from, today.minusDays(10), today.minusDays(4), CheckoutReason.TRANSFERRED));
        assertThat(stays.openStay(person)).map(StayRow::bedId).contains(toBed);
    }

    @Test
    void a_transfer_into_a_taken_bed_leaves_the_old_stay_open() {
        long from = fixtures.site();
        long to = fixtures.site();
        long toBed = fixtures.bed(fixtures.unit(to, "B"), "7");
        stays.checkIn(fixtures.adult(), to, toBed, today.minusDays(20));
        long person = fixtures.adult();
        long firstStay = stays.checkIn(person, from, null, today.minusDays(10));

        assertRule(() -> stays.transfer(person, to, toBed, today), "bed", "validation.stay.bedJustTaken");

        assertThat(stays.history(person)).singleElement().satisfies(stay -> {
            assertThat(stay.id()).isEqualTo(firstStay);
            assertThat(stay.open()).isTrue();
        });
    }

    @Test
    void a_household_moves_together_or_not_at_all() {
        long from = fixtures.site();
        long to = fixtures.site();
        List<Long> beds = fixtures.beds(fixtures.unit(to, "Familie"), 2);
        long mother = fixtures.adult();
        long son = fixtures.adult();
        stays.checkIn(mother, from, null, today.minusDays(9));
        stays.checkIn(son, from, null, today.minusDays(9));
        stays.checkIn(fixtures.adult(), to, beds.get(1), today.minusDays(20));

        assertRule(() -> stays.transferTogether(List.of(new Move(mother, beds.get(0)), new Move(son, beds.get(1))),
                to, today), "bed", "validation.stay.bedJustTaken");
        assertThat(stays.openStay(mother)).map(StayRow::siteId).contains(from);

        long spare = fixtures.bed(fixtures.unit(to, "Ekstra"), "1");
        List<Long> moved = stays.transferTogether(List.of(new Move(mother, beds.get(0)), new Move(son, spare)),
                to, today);

        assertThat(moved).hasSize(2);
        assertThat(stays.openStay(mother)).map(StayRow::bedId).contains(beds.get(0));
        assertThat(stays.openStay(son)).map(StayRow::bedId).contains(spare);
        assertThat(stays.history(son)).hasSize(2);
    }

    @Test
    void a_household_moving_beds_inside_its_site_changes_beds_and_a_member_may_keep_their_own() {
        long site = fixtures.site();
        List<Long> beds = fixtures.beds(fixtures.unit(site, "A"), 3);
        long mother = fixtures.adult();
        long daughter = fixtures.adult();
        long motherStay = stays.checkIn(mother, site, beds.get(0), today.minusDays(5));
        stays.checkIn(daughter, site, null, today.minusDays(5));

        List<Long> holders = stays.transferTogether(List.of(new Move(mother, beds.get(0)),
                new Move(daughter, beds.get(1))), site, today);

        assertThat(holders.getFirst()).isEqualTo(motherStay);
        assertThat(stays.openStay(daughter)).map(StayRow::bedId).contains(beds.get(1));
        assertThat(stays.history(daughter)).extracting(StayRow::siteId).containsOnly(site);
    }

    @Test
    void a_household_checks_in_together_or_not_at_all() {
        long site = fixtures.site();
        List<Long> beds = fixtures.beds(fixtures.unit(site, "Familie"), 2);
        long mother = fixtures.adult();
        long daughter = fixtures.adult();
        long elsewhere = fixtures.adult();
        stays.checkIn(elsewhere, fixtures.site(), null, today.minusDays(4));

        assertRule(() -> stays.checkInTogether(List.of(new Move(mother, beds.get(0)), new Move(elsewhere, beds.get(1))),
                site, today), "person", "validation.stay.useTransfer");
        assertThat(fixtures.staysOf(mother)).isZero();
        assertRule(() -> stays.checkInTogether(List.of(new Move(mother, beds.get(0)), new Move(daughter, beds.get(0))),
                site, today), "bed", "validation.stay.bedTwice");

        stays.checkInTogether(List.of(new Move(mother, beds.get(0)), new Move(daughter, beds.get(1))), site, today);

        assertThat(stays.openStay(daughter)).map(StayRow::bedId).contains(beds.get(1));
    }

    @Test
    void a_household_checks_out_together_or_not_at_all_and_transferred_is_not_a_check_out_reason() {
        long site = fixtures.site();
        long father = fixtures.adult();
        long son = fixtures.adult();
        long fatherStay = stays.checkIn(father, site, null, today.minusDays(5));
        long sonStay = stays.checkIn(son, site, null, today.minusDays(1));

        assertRule(() -> stays.checkOutTogether(List.of(fatherStay, sonStay), today.minusDays(3),
                CheckoutReason.SETTLED), "checkedOutOn", "validation.stay.endsBeforeStart");
        assertThat(stays.openStay(father)).isPresent();
        assertRule(() -> stays.checkOutTogether(List.of(fatherStay), today, CheckoutReason.TRANSFERRED),
                "checkoutReason", "validation.stay.useMoveForTransfer");

        stays.checkOutTogether(List.of(fatherStay, sonStay), today, CheckoutReason.SETTLED);

        assertThat(stays.openStay(father)).isEmpty();
        assertThat(stays.history(son)).singleElement().extracting(StayRow::checkoutReason)
                .isEqualTo(CheckoutReason.SETTLED);
    }

    @Test
    void a_bed_given_later_in_the_stay_splits_it_so_the_history_shows_the_days_without_a_bed() {
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        long person = fixtures.adult();
        long stayId = stays.checkIn(person, site, null, today.minusDays(6));

        long holder = stays.assignBed(stayId, bed, today.minusDays(2));

        assertThat(stays.history(person)).extracting(StayRow::id, StayRow::bedId, StayRow::checkedOutOn)
                .containsExactly(tuple(holder, bed, null), tuple(stayId, null, today.minusDays(2)));
    }

    @Test
    void a_bed_given_on_the_first_day_goes_to_the_stay_itself() {
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        long person = fixtures.adult();
        long stayId = stays.checkIn(person, site, null, today.minusDays(1));

        assertThat(stays.assignBed(stayId, bed, today.minusDays(1))).isEqualTo(stayId);
        assertThat(stays.history(person)).singleElement().extracting(StayRow::bedId).isEqualTo(bed);
    }

    @Test
    void beds_for_a_household_come_from_the_tightest_unit_that_fits_everyone() {
        long site = fixtures.site();
        long small = fixtures.unit(site, "Small");
        long large = fixtures.unit(site, "Large");
        List<Long> smallBeds = fixtures.beds(small, 2);
        List<Long> largeBeds = fixtures.beds(large, 4);
        fixtures.block(fixtures.bed(small, "blocked"));

        assertThat(stays.suggestBedsTogether(site, 2)).extracting(FreeBed::bedId)
                .containsExactlyElementsOf(smallBeds);
        assertThat(stays.suggestBedsTogether(site, 3)).extracting(FreeBed::unitId).containsOnly(large).hasSize(3);
        assertThat(stays.suggestBedsTogether(site, 5)).extracting(FreeBed::bedId)
                .containsAll(largeBeds).hasSize(5).containsAnyElementsOf(smallBeds);
        assertThat(stays.suggestBedsTogether(site, 9)).hasSize(6);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_check_in_at_their_own_site_but_are_refused_at_another_with_access_denied() {
        long rade = fixtures.siteNamed("Nasjonalt ankomstsenter Råde");
        long haugesund = fixtures.siteNamed("Haugesund mottak");
        long person = fixtures.adult();

        assertThatThrownBy(() -> stays.checkIn(person, haugesund, null, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.staysOf(person)).isZero();

        stays.checkIn(person, rade, null, today);
        assertThat(stays.openStay(person)).map(StayRow::siteId).contains(rade);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_may_not_check_anyone_in_even_at_their_own_site() {
        long haugesund = fixtures.siteNamed("Haugesund mottak");
        long person = fixtures.adult();

        assertThatThrownBy(() -> stays.checkIn(person, haugesund, null, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.staysOf(person)).isZero();
    }
}
