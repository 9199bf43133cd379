package no.ankomst.protection;

import static no.ankomst.db.Tables.ELIGIBILITY_SCREENING;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.StayService;
import no.ankomst.base.ValidationException;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.residents.ResidentMergeService;
import no.ankomst.residents.ResidentRecords.MergeRequest;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Merging two records of one person loses none of their protection case, its history or their screenings. */
@AnkomstTest
@WithUserDetails("staff")
class MergeKeepsProtectionTest {

    @Autowired
    ResidentTestData data;
    @Autowired
    ResidentMergeService merges;
    @Autowired
    ResidentService residents;
    @Autowired
    ScreeningService screenings;
    @Autowired
    ProtectionCaseService cases;
    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private record Pair(long survivor, long duplicate) {
    }

    /** The survivor stays at Råde; the duplicate stayed there too and was checked out. */
    private Pair pair() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1985, 4, 12);
        long survivor = data.plainHead(surname, "Olena", birth, ResidentTestData.RADE).personId();
        long duplicate = data.head(surname, "Olena", birth, ResidentTestData.RADE).personId();
        data.checkOut(duplicate);
        return new Pair(survivor, duplicate);
    }

    private static ScreeningInput screening(UkrainianOblast oblast) {
        return new ScreeningInput(ScreeningFacts.on(LocalDate.of(2024, 5, 10)).citizenships("UA")
                .birthDate(LocalDate.of(1985, 4, 12)).livedInUkraine(YES).leftUkraineOn(LocalDate.of(2022, 3, 5))
                .legalResidenceInNorway(NO).protectionInUkraine(NO).safeThirdCountryCitizen(NO).oblast(oblast)
                .earlierProtectionEnded(NO).build(), null);
    }

    private long openCase(long personId) {
        return data.as("admin", () -> cases.open(personId, LocalDate.now(clock).minusDays(3), "registered"));
    }

    private void merge(Pair pair) {
        merges.merge(new MergeRequest(pair.survivor(), version(pair.survivor()), pair.duplicate(),
                version(pair.duplicate())));
    }

    private int version(long personId) {
        return db.fetchValue(PERSON.VERSION, PERSON.ID.eq(personId));
    }

    private static Consumer<ValidationException> ruleIs(String key) {
        return e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey).contains(key);
    }

    @Test
    void the_duplicates_case_with_its_history_and_its_screenings_move_to_the_survivor_and_the_case_list_shows_them() {
        Pair pair = pair();
        long caseId = openCase(pair.duplicate());
        data.as("admin", () -> cases.changeState(caseId, 0, new StateChange(CaseState.SENT_TO_UDI,
                LocalDate.now(clock), "sent", null, null)));
        data.as("admin", () -> screenings.save(pair.duplicate(), screening(UkrainianOblast.KHARKIV), 0));
        data.as("admin", () -> screenings.save(pair.duplicate(), screening(UkrainianOblast.ODESA), 1));
        screenings.save(pair.survivor(), screening(UkrainianOblast.KYIV), 0);

        merge(pair);

        var moved = cases.caseOf(pair.survivor()).orElseThrow();
        assertThat(moved.id()).isEqualTo(caseId);
        assertThat(moved.state()).isEqualTo(CaseState.SENT_TO_UDI);
        assertThat(moved.events()).hasSize(2);
        List<CaseRow> listed = cases.page(new CaseFilter(CaseState.SENT_TO_UDI, null, null, WaitingSince.LAST_EVENT,
                null, false), CaseSort.WAITING, 0, 500, null);
        assertThat(listed).filteredOn(row -> row.caseId() == caseId).singleElement()
                .satisfies(row -> assertThat(row.personId()).isEqualTo(pair.survivor()));
        // all three screenings are the survivor's now, numbered in the order they were made
        assertThat(db.select(ELIGIBILITY_SCREENING.VERSION).from(ELIGIBILITY_SCREENING)
                .where(ELIGIBILITY_SCREENING.PERSON_ID.eq(pair.survivor())).orderBy(ELIGIBILITY_SCREENING.ID)
                .fetch(ELIGIBILITY_SCREENING.VERSION)).containsExactly(1, 2, 3);
        assertThat(screenings.latest(pair.survivor())).get().extracting(s -> s.facts().oblast())
                .isEqualTo(UkrainianOblast.KYIV);
        assertThat(db.fetchCount(ELIGIBILITY_SCREENING, ELIGIBILITY_SCREENING.PERSON_ID.eq(pair.duplicate())))
                .isZero();
    }

    @Test
    void two_open_cases_refuse_the_merge_and_nothing_changes() {
        Pair pair = pair();
        long survivorCase = openCase(pair.survivor());
        long duplicateCase = openCase(pair.duplicate());
        data.as("admin", () -> screenings.save(pair.duplicate(), screening(UkrainianOblast.KHARKIV), 0));
        int survivorVersion = version(pair.survivor());

        assertThatThrownBy(() -> merge(pair)).isInstanceOfSatisfying(ValidationException.class,
                ruleIs("validation.merge.twoOpenCases"));

        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(pair.duplicate()))).isNull();
        assertThat(version(pair.survivor())).isEqualTo(survivorVersion);
        assertThat(db.fetchValue(PROTECTION_CASE.PERSON_ID, PROTECTION_CASE.ID.eq(duplicateCase)))
                .isEqualTo(pair.duplicate());
        assertThat(db.fetchValue(PROTECTION_CASE.PERSON_ID, PROTECTION_CASE.ID.eq(survivorCase)))
                .isEqualTo(pair.survivor());
        assertThat(db.fetchCount(ELIGIBILITY_SCREENING, ELIGIBILITY_SCREENING.PERSON_ID.eq(pair.duplicate())))
                .isEqualTo(1);
        assertThat(merges.compare(pair.survivor(), pair.duplicate()).refusals())
                .extracting(ValidationException.Violation::ruleKey).contains("validation.merge.twoOpenCases");
    }

    @Test
    void a_merged_record_can_no_longer_be_checked_in_screened_edited_or_given_a_case() {
        Pair pair = pair();
        merge(pair);
        long duplicate = pair.duplicate();
        long rade = data.site(ResidentTestData.RADE);

        // even for an administrator, who may change anyone: the record lives on in the survivor
        data.as("admin", () -> {
            assertThatThrownBy(() -> stays.checkIn(duplicate, rade, null, LocalDate.now(clock)))
                    .isInstanceOfSatisfying(ValidationException.class, ruleIs("validation.person.merged"));
            assertThatThrownBy(() -> screenings.save(duplicate, screening(UkrainianOblast.KHARKIV), 0))
                    .isInstanceOfSatisfying(ValidationException.class, ruleIs("validation.person.merged"));
            assertThatThrownBy(() -> residents.forEdit(duplicate))
                    .isInstanceOfSatisfying(ValidationException.class, ruleIs("validation.person.merged"));
            assertThatThrownBy(() -> cases.open(duplicate, LocalDate.now(clock), "registered"))
                    .isInstanceOfSatisfying(ValidationException.class, ruleIs("validation.person.merged"));
        });
        assertThat(db.fetchCount(ELIGIBILITY_SCREENING, ELIGIBILITY_SCREENING.PERSON_ID.eq(duplicate))).isZero();
    }
}
