package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A merged duplicate's TB rows follow the survivor: results copied (append-only), appointments and referrals moved. */
@AnkomstTest
class TbMergeParticipantTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Autowired
    TbMergeParticipant participant;
    @Autowired
    TbStatusConditions conditions;
    @Autowired
    DSLContext db;

    private TbFixtures fixtures;
    private long clinic;

    @BeforeEach
    void setUp() {
        fixtures = new TbFixtures(db);
        clinic = fixtures.clinic(fixtures.newSite());
    }

    private String status(long personId) {
        return db.select(conditions.status(PERSON, DAY)).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle()
                .value1();
    }

    @Test
    void the_survivor_gets_the_duplicates_result_referral_and_appointments_and_keeps_its_own_open_appointment() {
        long survivor = fixtures.adult(DAY.minusDays(20));
        long duplicate = fixtures.adult(DAY.minusDays(20));
        long survivorsAppointment = fixtures.appointment(survivor, clinic, DAY.plusDays(2));
        long duplicatesAppointment = fixtures.appointment(duplicate, clinic, DAY.plusDays(3));
        long result = fixtures.result(duplicate, TbOutcome.LATENT_INFECTION, DAY.minusDays(1));
        long referral = fixtures.referral(duplicate, "PREVENTIVE_TREATMENT", DAY.minusDays(1));
        assertThat(status(survivor)).isEqualTo("BOOKED");

        String moved = participant.move(duplicate, survivor);

        assertThat(moved).isEqualTo("1 TB appointments, 1 TB results, 1 TB referrals");
        assertThat(status(survivor)).isEqualTo("DONE");
        assertThat(db.fetchCount(TB_RESULT, TB_RESULT.PERSON_ID.eq(survivor))).isEqualTo(1);
        assertThat(db.fetchExists(TB_RESULT, TB_RESULT.ID.eq(result).and(TB_RESULT.PERSON_ID.eq(duplicate)))).isTrue();
        assertThat(db.select(TB_REFERRAL.PERSON_ID).from(TB_REFERRAL).where(TB_REFERRAL.ID.eq(referral)).fetchSingle()
                .value1()).isEqualTo(survivor);
        assertThat(db.select(TB_APPOINTMENT.STATE, TB_APPOINTMENT.CANCEL_REASON).from(TB_APPOINTMENT)
                .where(TB_APPOINTMENT.ID.eq(duplicatesAppointment)).fetchSingle().intoArray())
                .containsExactly("CANCELLED", "MERGED");
        assertThat(db.select(TB_APPOINTMENT.STATE).from(TB_APPOINTMENT)
                .where(TB_APPOINTMENT.ID.eq(survivorsAppointment)).fetchSingle().value1()).isEqualTo("BOOKED");
    }

    @Test
    void an_open_referral_for_a_reason_the_survivor_has_open_stays_on_the_merged_record() {
        long survivor = fixtures.adult(DAY.minusDays(20));
        long duplicate = fixtures.adult(DAY.minusDays(20));
        fixtures.referral(survivor, "PRIVATE_HOUSING", DAY.minusDays(3));
        long duplicates = fixtures.referral(duplicate, "PRIVATE_HOUSING", DAY.minusDays(2));

        assertThat(participant.move(duplicate, survivor)).isEmpty();
        assertThat(db.select(TB_REFERRAL.PERSON_ID).from(TB_REFERRAL).where(TB_REFERRAL.ID.eq(duplicates))
                .fetchSingle().value1()).isEqualTo(duplicate);
    }
}
