package no.ankomst.letters;

import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.letters.LetterRecords.BatchRequest;
import no.ankomst.letters.LetterRecords.LetterFile;
import no.ankomst.letters.LetterRecords.LetterOptions;
import no.ankomst.security.UserService;
import no.ankomst.settlement.HandoverDocument;
import no.ankomst.settlement.ProposalState;
import no.ankomst.settlement.SettlementTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Letters per role and scope against the real database: the language follows the person's recorded languages until
 * one is chosen; a person or site out of reach is refused and audited; each letter produced is audited; a batch is
 * one PDF with one letter per person; the TB notice tells the appointment, never a result.
 */
@AnkomstTest
class LetterServiceTest {

    @Autowired
    LetterService letters;
    @Autowired
    DSLContext db;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;
    @Autowired
    HandoverDocument handoverDocument;

    LetterFixtures fixtures;
    @Autowired
    LetterMergeParticipant mergeParticipant;
    SettlementTestData as;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new LetterFixtures(db);
        as = new SettlementTestData(db, userService, userDetails, clock);
        today = LocalDate.now(clock);
    }

    private static String text(LetterFile file) throws IOException {
        PdfReader reader = new PdfReader(file.content());
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static int pages(LetterFile file) throws IOException {
        PdfReader reader = new PdfReader(file.content());
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @Test
    void staff_print_the_tb_notice_in_the_first_recorded_language_the_letters_are_written_in() throws IOException {
        long person = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "pl", "ru", "uk");
        fixtures.appointment(person, LetterFixtures.RADE, today.plusDays(3));

        LetterFile file = as.as("staff", () -> letters.letter(person, LetterKind.TB_APPOINTMENT, null));

        assertThat(file.letters()).isEqualTo(1);
        assertThat(pages(file)).isEqualTo(1);
        String text = text(file);
        assertThat(text).contains("Ваша запись на обследование на туберкулёз").contains("Рентген грудной клетки")
                .contains(LetterFixtures.CYRILLIC_100.substring(0, 30));
        assertThat(fixtures.lastSummary("LETTER_PRODUCED", person)).isEqualTo("TB_APPOINTMENT ru");
        // an appointment, never a result: the notice names none of the outcomes
        assertThat(text).doesNotContain("LATENT").doesNotContain("SUSPECTED");
    }

    @Test
    void merging_two_records_keeps_the_survivors_language_or_else_takes_the_duplicates() {
        long survivor = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "uk");
        long duplicate = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "uk");
        long third = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "uk");
        as.run("staff", () -> letters.chooseLanguage(duplicate, "ru"));

        assertThat(mergeParticipant.check(duplicate, survivor)).isEmpty();
        assertThat(mergeParticipant.move(duplicate, survivor)).isEqualTo("letter language");
        assertThat(as.as("staff", () -> letters.options(survivor)).language()).isEqualTo(LetterLanguage.RU);

        as.run("staff", () -> letters.chooseLanguage(third, "nb"));
        assertThat(mergeParticipant.move(third, survivor)).isEmpty();
        assertThat(as.as("staff", () -> letters.options(survivor)).language()).isEqualTo(LetterLanguage.RU);
    }

    @Test
    void a_language_chosen_for_the_person_wins_and_only_the_four_letter_languages_can_be_chosen() {
        long person = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "uk");
        fixtures.appointment(person, LetterFixtures.RADE, today.plusDays(4));

        as.run("staff", () -> letters.chooseLanguage(person, "nb"));
        LetterOptions options = as.as("staff", () -> letters.options(person));
        as.run("staff", () -> letters.letter(person, LetterKind.TB_APPOINTMENT, null));
        String afterChoice = fixtures.lastSummary("LETTER_PRODUCED", person);
        as.run("staff", () -> letters.letter(person, LetterKind.TB_APPOINTMENT, LetterLanguage.EN));

        assertThat(options.language()).isEqualTo(LetterLanguage.NB);
        assertThat(options.kinds()).contains(LetterKind.TB_APPOINTMENT).doesNotContain(LetterKind.SCHOOL);
        assertThat(options.mayChooseLanguage()).isTrue();
        assertThat(afterChoice).isEqualTo("TB_APPOINTMENT nb");
        assertThat(fixtures.lastSummary("LETTER_PRODUCED", person)).isEqualTo("TB_APPOINTMENT en");
        assertThat(fixtures.audits("LETTER_LANGUAGE_CHANGED", "person", person)).isOne();
        for (String bad : new String[] {"de", "UK", "", "no"}) {
            assertThatThrownBy(() -> as.run("staff", () -> letters.chooseLanguage(person, bad)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).extracting(ValidationException.Violation::field)
                                    .containsExactly("language"));
        }
    }

    @Test
    void a_letter_for_a_person_outside_the_users_sites_is_refused_and_audited() {
        long elsewhere = fixtures.resident(LetterFixtures.HAUGESUND, today.minusYears(40), today, "uk");
        fixtures.appointment(elsewhere, LetterFixtures.HAUGESUND, today.plusDays(2));

        assertThatThrownBy(() -> as.run("staff", () -> letters.letter(elsewhere, LetterKind.TB_APPOINTMENT, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("staff", () -> letters.options(elsewhere)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("staff", () -> letters.chooseLanguage(elsewhere, "ru")))
                .isInstanceOf(AccessDeniedException.class);
        // health staff of Haugesund print it; the school letter is not theirs to print
        LetterFile health = as.as("health", () -> letters.letter(elsewhere, LetterKind.TB_APPOINTMENT, null));
        assertThatThrownBy(() -> as.run("health", () -> letters.letter(elsewhere, LetterKind.SCHOOL, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(health.letters()).isOne();
        assertThat(fixtures.audits("LETTER_REFUSED", "person", elsewhere)).isEqualTo(3);
        assertThat(fixtures.audits("LETTER_PRODUCED", "person", elsewhere)).isOne();
        assertThatThrownBy(() -> as.run("manager", () -> letters.options(elsewhere)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_letter_that_does_not_apply_names_why() {
        long nothingBooked = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "uk");

        assertThatThrownBy(() -> as.run("staff", () -> letters.letter(nothingBooked, LetterKind.TB_APPOINTMENT, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.letters.notApplicable"));
        assertThat(as.as("staff", () -> letters.options(nothingBooked)).kinds()).isEmpty();
    }

    @Test
    void a_batch_of_a_sites_tb_notices_is_one_pdf_with_one_letter_per_person_each_audited() throws IOException {
        // far beyond the demo booking's horizon, so only these appointments fall in the days asked for
        LocalDate from = today.plusDays(300);
        List<Long> people = new ArrayList<>();
        String[][] languages = {{"uk"}, {"ru"}, {"en"}, {}};
        for (int i = 0; i < 4; i++) {
            long person = fixtures.resident(LetterFixtures.RADE, today.minusYears(20 + i), today, languages[i]);
            fixtures.appointment(person, LetterFixtures.RADE, from.plusDays(i % 2));
            people.add(person);
        }
        long later = fixtures.resident(LetterFixtures.RADE, today.minusYears(50), today, "uk");
        fixtures.appointment(later, LetterFixtures.RADE, from.plusDays(5));
        long rade = fixtures.site(LetterFixtures.RADE);
        List<Integer> progress = new ArrayList<>();

        LetterFile file = as.as("staff", () -> letters.batch(
                new BatchRequest(LetterKind.TB_APPOINTMENT, rade, from, from.plusDays(1), null), progress::add));

        assertThat(file.letters()).isEqualTo(4);
        assertThat(pages(file)).isEqualTo(4);
        assertThat(progress).last().isEqualTo(100);
        String text = text(file);
        assertThat(text).contains("Ваш запис на обстеження на туберкульоз")
                .contains("Ваша запись на обследование на туберкулёз").contains("Your appointment for TB screening");
        for (long person : people) {
            assertThat(fixtures.audits("LETTER_PRODUCED", "person", person)).isOne();
        }
        assertThat(fixtures.audits("LETTER_PRODUCED", "person", later)).isZero();
    }

    @Test
    void a_batch_for_another_site_is_refused_and_audited_and_bad_batches_name_the_field() {
        long haugesund = fixtures.site(LetterFixtures.HAUGESUND);
        long rade = fixtures.site(LetterFixtures.RADE);

        assertThatThrownBy(() -> as.run("staff", () -> letters.batch(
                new BatchRequest(LetterKind.TB_APPOINTMENT, haugesund, today, today.plusDays(7), null), p -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.audits("LETTER_REFUSED", "site", haugesund)).isPositive();
        assertThatThrownBy(() -> as.run("staff", () -> letters.batch(
                new BatchRequest(LetterKind.TB_APPOINTMENT, rade, today, today.minusDays(1), null), p -> { })))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("to"));
        assertThatThrownBy(() -> as.run("staff", () -> letters.batch(
                new BatchRequest(LetterKind.TB_APPOINTMENT, rade, today.plusDays(900), today.plusDays(901), null),
                p -> { })))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.letters.nobody"));
    }

    @Test
    void staff_print_the_school_letter_for_a_child_of_school_age_at_their_site() throws IOException {
        long child = fixtures.resident(LetterFixtures.RADE, today.minusYears(9), today, "uk");

        LetterFile file = as.as("staff", () -> letters.letter(child, LetterKind.SCHOOL, LetterLanguage.UK));

        assertThat(text(file)).contains("Школа для вашої дитини").contains("Ще не зараховано");
        LetterFile batch = as.as("staff", () -> letters.batch(new BatchRequest(LetterKind.SCHOOL,
                fixtures.site(LetterFixtures.RADE), null, null, null), p -> { }));
        assertThat(batch.letters()).isPositive();
        assertThat(pages(batch)).isEqualTo(batch.letters());
        assertThat(fixtures.audits("LETTER_PRODUCED", "person", child)).isEqualTo(2);
    }

    @Test
    void the_coordinator_prints_the_settlement_notice_of_an_accepted_household_and_another_is_refused()
            throws IOException {
        SettlementTestData.Municipality municipality = as.municipality(10, 0);
        SettlementTestData.Household household = as.ready("03", 2, 0);
        long dwelling = as.dwelling(municipality.code(), 3, 4);
        long proposal = as.proposal(household.id(), municipality.code(), dwelling, ProposalState.ACCEPTED);
        long head = household.persons().get(0);
        db.insertInto(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.PROPOSAL_ID, proposal)
                .set(SETTLEMENT_MEMBER.PERSON_ID, head).set(SETTLEMENT_MEMBER.SETTLEMENT_DATE, today.plusDays(20))
                .execute();
        String coordinator = as.coordinator(municipality.code());
        String other = as.coordinator("0301");

        LetterFile file = as.as(coordinator, () -> letters.letter(head, LetterKind.SETTLEMENT, LetterLanguage.NB));
        LetterOptions options = as.as(coordinator, () -> letters.options(head));

        assertThat(text(file)).contains("Dere skal bosettes i en kommune");
        assertThat(options.kinds()).containsExactly(LetterKind.SETTLEMENT);
        assertThat(options.mayChooseLanguage()).isFalse();
        assertThatThrownBy(() -> as.run(other, () -> letters.letter(head, LetterKind.SETTLEMENT, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.audits("LETTER_REFUSED", "person", head)).isOne();
        // centre staff of the household's site print it too
        assertThat(as.as("staff", () -> letters.letter(head, LetterKind.SETTLEMENT, null)).letters()).isOne();
    }

    @Test
    void the_coordinator_prints_the_settlement_notices_of_everyone_moving_in_some_days_and_no_one_elses()
            throws IOException {
        SettlementTestData.Municipality municipality = as.municipality(20, 0);
        SettlementTestData.Household household = as.ready("03", 2, 0);
        long proposal = as.proposal(household.id(), municipality.code(), as.dwelling(municipality.code(), 3, 4),
                ProposalState.ACCEPTED);
        // far beyond the demo's dates: the two members move on days 400 and 401, the next household on day 420
        LocalDate from = today.plusDays(400);
        for (int i = 0; i < 2; i++) {
            db.insertInto(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.PROPOSAL_ID, proposal)
                    .set(SETTLEMENT_MEMBER.PERSON_ID, household.persons().get(i))
                    .set(SETTLEMENT_MEMBER.SETTLEMENT_DATE, from.plusDays(i)).execute();
        }
        SettlementTestData.Household later = as.ready("03", 1, 0);
        long laterProposal = as.proposal(later.id(), municipality.code(), as.dwelling(municipality.code(), 2, 2),
                ProposalState.ACCEPTED);
        db.insertInto(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.PROPOSAL_ID, laterProposal)
                .set(SETTLEMENT_MEMBER.PERSON_ID, later.persons().getFirst())
                .set(SETTLEMENT_MEMBER.SETTLEMENT_DATE, from.plusDays(20)).execute();
        String coordinator = as.coordinator(municipality.code());
        BatchRequest days = new BatchRequest(LetterKind.SETTLEMENT, null, from, from.plusDays(7), LetterLanguage.NB);

        LetterFile file = as.as(coordinator, () -> letters.batch(days, p -> { }));

        assertThat(file.letters()).isEqualTo(2);
        assertThat(pages(file)).isEqualTo(2);
        assertThat(text(file)).contains("Dere skal bosettes i en kommune");
        for (long person : household.persons()) {
            assertThat(fixtures.audits("LETTER_PRODUCED", "person", person)).isOne();
        }
        assertThat(fixtures.audits("LETTER_PRODUCED", "person", later.persons().getFirst())).isZero();
        // another municipality's coordinator has no one moving in those days; a period must be whole and in order
        assertThatThrownBy(() -> as.run(as.coordinator("0301"), () -> letters.batch(days, p -> { })))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.letters.nobody"));
        assertThatThrownBy(() -> as.run(coordinator, () -> letters.batch(new BatchRequest(LetterKind.SETTLEMENT, null,
                from, null, null), p -> { })))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("to"));
    }

    @Test
    void the_handover_summary_is_a_pdf_for_the_coordinator_of_the_municipality_with_tb_as_a_status_only()
            throws IOException {
        SettlementTestData.Municipality municipality = as.municipality(10, 0);
        SettlementTestData.Household household = as.ready("03", 1, 1);
        long dwelling = as.dwelling(municipality.code(), 3, 4);
        as.sent(household.id(), municipality.code(), dwelling);
        String coordinator = as.coordinator(municipality.code());
        String other = as.coordinator("0301");

        HandoverDocument.Document pdf = as.as(coordinator, () -> handoverDocument.handover(household.id(),
                Locale.forLanguageTag("nb")));

        PdfReader reader = new PdfReader(pdf.content());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Works as a nurse").contains("ukrainsk");
        } finally {
            reader.close();
        }
        assertThat(fixtures.audits("HANDOVER_PDF_PRODUCED", "household", household.id())).isOne();
        assertThatThrownBy(() -> as.run(other, () -> handoverDocument.handover(household.id(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_coordinator_prints_programme_offers_one_by_one_and_for_every_right_not_offered_yet() throws IOException {
        long settled = fixtures.resident(LetterFixtures.RADE, today.minusYears(30), today, "ru");
        fixtures.right(settled, "0301", today.minusDays(5));

        LetterFile one = as.as("coordinator", () -> letters.letter(settled, LetterKind.INTRODUCTION, null));
        LetterFile all = as.as("coordinator", () -> letters.batch(
                new BatchRequest(LetterKind.INTRODUCTION, null, null, null, null), p -> { }));

        assertThat(text(one)).contains("Предложение участвовать в программе интеграции").contains("Oslo");
        assertThat(all.letters()).isPositive();
        assertThat(pages(all)).isEqualTo(all.letters());
        assertThat(fixtures.audits("LETTER_PRODUCED", "person", settled)).isEqualTo(2);
        assertThatThrownBy(() -> as.run("staff", () -> letters.letter(settled, LetterKind.INTRODUCTION, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
