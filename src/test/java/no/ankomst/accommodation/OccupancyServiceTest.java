package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Capacity;
import no.ankomst.accommodation.OccupancyRecords.Movements;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.Population;
import no.ankomst.accommodation.OccupancyRecords.SiteDetail;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import no.ankomst.accommodation.OccupancyRecords.UnitOccupancy;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.STAY;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class OccupancyServiceTest {

    @Autowired
    OccupancyService occupancy;
    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    private Fixtures fixtures;
    private LocalDate today;
    private long site;
    private long man;
    private long woman;
    private long child;
    private long mover;
    private long b1;

    /**
     * Unit A: A1 (a man), A2 (a woman), A3 blocked. Unit B: B1 (left yesterday), B2 (someone who waited
     * eight days without a bed at this site before getting it). The woman's child has no bed yet: born on
     * 29 February 2008, still 17 on "today", 28 February 2026.
     */
    @BeforeEach
    void buildASmallSite() {
        clock.setDate(LocalDate.of(2026, 2, 28));
        fixtures = new Fixtures(db);
        today = LocalDate.now(clock);
        site = fixtures.site();
        long unitA = fixtures.unit(site, "A");
        long unitB = fixtures.unit(site, "B");
        long a1 = fixtures.bed(unitA, "A1");
        long a2 = fixtures.bed(unitA, "A2");
        fixtures.block(fixtures.bed(unitA, "A3"));
        b1 = fixtures.bed(unitB, "B1");
        long b2 = fixtures.bed(unitB, "B2");
        man = fixtures.person("MALE", LocalDate.of(1985, 1, 1));
        woman = fixtures.person("FEMALE", LocalDate.of(1992, 2, 2));
        child = fixtures.person("MALE", LocalDate.of(2008, 2, 29));
        long family = fixtures.household();
        fixtures.joinHousehold(woman, family, "HEAD");
        fixtures.joinHousehold(child, family, "CHILD");
        mover = fixtures.person("FEMALE", LocalDate.of(2000, 3, 3));
        long leaver = fixtures.person("MALE", LocalDate.of(1970, 4, 4));

        stays.checkOut(stays.checkIn(leaver, site, b1, today.minusDays(20)), today.minusDays(1), CheckoutReason.LEFT);
        stays.assignBed(stays.checkIn(mover, site, null, today.minusDays(10)), b2, today.minusDays(2));
        stays.checkIn(man, site, a1, today.minusDays(3));
        stays.checkIn(woman, site, a2, today.minusDays(3));
        stays.checkIn(child, site, null, today.minusDays(3));
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void a_child_born_on_29_february_counts_as_an_adult_from_1_march() {
        assertThat(line(today).population().children()).isEqualTo(1);
        assertThat(line(today.plusDays(1)).population().children()).isZero();
        assertThat(line(today.plusDays(1)).population().men()).isEqualTo(2);
    }

    private SiteOccupancy line(LocalDate day) {
        return occupancy.occupancyBySite(day).stream().filter(s -> s.siteId() == site).findFirst().orElseThrow();
    }

    @Test
    void the_site_line_counts_population_capacity_and_the_last_seven_days() {
        SiteOccupancy line = line(today);

        assertThat(line.population()).isEqualTo(new Population(3, 1, 1, 2, 1, 1));
        assertThat(line.population().total()).isEqualTo(4);
        assertThat(line.capacity()).isEqualTo(new Capacity(5, 1, 3, 1));
        // the bed move inside the site is neither an arrival nor a departure
        assertThat(line.lastSevenDays()).isEqualTo(new Movements(3, 1));
        assertThat(line.overCapacity()).isFalse();
    }

    @Test
    void an_earlier_day_shows_who_was_there_then() {
        SiteOccupancy line = line(today.minusDays(15));

        assertThat(line.population()).isEqualTo(new Population(1, 0, 1, 0, 0, 0));
        assertThat(line.capacity()).isEqualTo(new Capacity(5, 1, 1, 3));
        // the one who left yesterday arrived 20 days ago, inside the week up to day 15
        assertThat(line.lastSevenDays()).isEqualTo(new Movements(1, 0));
    }

    @Test
    void the_site_breakdown_lists_every_bed_of_every_unit_with_its_occupant_and_those_without_a_bed() {
        SiteDetail detail = occupancy.occupancyOfSite(site, today);

        assertThat(detail.totals().capacity()).isEqualTo(new Capacity(5, 1, 3, 1));
        assertThat(detail.units()).extracting(UnitOccupancy::name, UnitOccupancy::capacity, UnitOccupancy::men,
                        UnitOccupancy::women, UnitOccupancy::children)
                .containsExactly(tuple("A", new Capacity(3, 1, 2, 0), 1, 1, 0),
                        tuple("B", new Capacity(2, 0, 1, 1), 0, 1, 0));
        assertThat(detail.units().get(1).beds()).extracting(BedOccupancy::label, BedOccupancy::free,
                        bed -> bed.occupant() == null ? null : bed.occupant().personId())
                .containsExactly(tuple("B1", true, null), tuple("B2", false, mover));
        assertThat(detail.notAssigned()).extracting(Occupant::personId, Occupant::child)
                .containsExactly(tuple(child, true));
    }

    @Test
    void a_corrected_birth_date_or_a_new_household_reaches_the_board_at_once() {
        // the child turns out to be an adult man; the man joins the woman's family
        db.update(PERSON).set(PERSON.BIRTH_DATE, LocalDate.of(2001, 1, 1)).where(PERSON.ID.eq(child)).execute();
        long family = db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(woman)).fetchSingle().value1();
        fixtures.joinHousehold(man, family, "SPOUSE");

        // in beds, not assigned, men, women, children, families
        assertThat(line(today).population()).isEqualTo(new Population(3, 1, 2, 2, 0, 1));
    }

    @Test
    void a_bed_blocked_while_someone_sleeps_in_it_counts_as_occupied_not_free() {
        long a1 = db.select(STAY.BED_ID).from(STAY).where(STAY.PERSON_ID.eq(man)).fetchSingle().value1();
        fixtures.block(a1);

        // beds, blocked, occupied, free: A1 is both blocked and occupied, B1 is still the one free bed
        assertThat(line(today).capacity()).isEqualTo(new Capacity(5, 2, 3, 1));
    }
}
