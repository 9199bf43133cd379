package no.ankomst.introduction;

import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two records of one person: the duplicate's introduction-programme right follows the survivor; two rights refuse the
 * merge. The municipality of residence follows too (settlement's participant), and two settlements refuse it.
 */
@AnkomstTest
class IntroductionMergeTest {

    @Autowired
    IntroductionMergeParticipant introduction;
    @Autowired
    java.util.List<no.ankomst.residents.MergeParticipant> participants;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private long right(long personId, LocalDate on) {
        return db.insertInto(INTRODUCTION_RIGHT).set(INTRODUCTION_RIGHT.PERSON_ID, personId)
                .set(INTRODUCTION_RIGHT.MUNICIPALITY_CODE, IntroductionFixtures.OSLO).set(INTRODUCTION_RIGHT.AROSE_ON, on)
                .set(INTRODUCTION_RIGHT.BASIS, "CHAPTER_6A_RIGHT").set(INTRODUCTION_RIGHT.START_BY, on.plusMonths(3))
                .set(INTRODUCTION_RIGHT.CREATED_BY, "test").returning(INTRODUCTION_RIGHT.ID)
                .fetchSingle(INTRODUCTION_RIGHT.ID);
    }

    @Test
    void the_right_moves_to_the_survivor_and_two_rights_refuse_the_merge() {
        LocalDate today = LocalDate.now(clock);
        IntroductionFixtures fixtures = new IntroductionFixtures(db);
        long survivor = fixtures.adult(today.minusYears(30));
        long duplicate = fixtures.adult(today.minusYears(30));
        long rightId = right(duplicate, today.minusDays(10));

        assertThat(introduction.check(duplicate, survivor)).isEmpty();
        assertThat(introduction.move(duplicate, survivor)).isEqualTo("1 introduction-programme right");
        assertThat(db.select(INTRODUCTION_RIGHT.PERSON_ID).from(INTRODUCTION_RIGHT)
                .where(INTRODUCTION_RIGHT.ID.eq(rightId)).fetchSingle().value1()).isEqualTo(survivor);

        long another = fixtures.adult(today.minusYears(30));
        right(another, today.minusDays(5));
        assertThat(introduction.check(another, survivor)).hasValueSatisfying(v ->
                assertThat(v.ruleKey()).isEqualTo("validation.merge.twoIntroductionRights"));
    }

    @Test
    void two_settled_records_refuse_the_merge_and_one_settlement_follows_the_survivor() {
        LocalDate today = LocalDate.now(clock);
        IntroductionFixtures fixtures = new IntroductionFixtures(db);
        long survivor = fixtures.adult(today.minusYears(40));
        long duplicate = fixtures.adult(today.minusYears(40));
        fixtures.settle(duplicate, IntroductionFixtures.OSLO, today.minusDays(3));

        assertThat(participants).allSatisfy(p -> assertThat(p.check(duplicate, survivor)).as(p.toString()).isEmpty());
        String moved = String.join(", ", participants.stream().map(p -> p.move(duplicate, survivor))
                .filter(s -> !s.isEmpty()).toList());
        assertThat(moved).contains("municipality of residence");

        long another = fixtures.adult(today.minusYears(40));
        fixtures.settle(another, IntroductionFixtures.RADE, today.minusDays(2));
        assertThat(participants).anySatisfy(p -> assertThat(p.check(another, survivor)).hasValueSatisfying(v ->
                assertThat(v.ruleKey()).isEqualTo("validation.merge.bothSettled")));
    }
}
