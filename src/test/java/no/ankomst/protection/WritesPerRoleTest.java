package no.ankomst.protection;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.CheckoutReason;
import no.ankomst.accommodation.StayService;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.HeadChange;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * One rule for every write about a person: administrators, and centre staff of the site where the person
 * stays now. Managers only read; health staff and coordinators neither write nor read protection matters.
 * Each row: who, and whether they may. The person always stays at Råde, the site of the demo user "staff".
 */
@AnkomstTest
class WritesPerRoleTest {

    private static final String ROLES = """
            admin,           true
            manager,         false
            staff,           true
            staff-haugesund, false
            health,          false
            coordinator,     false
            """;

    @Autowired
    ResidentTestData data;
    @Autowired
    ResidentService residents;
    @Autowired
    HouseholdService households;
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

    private long personAtRade() {
        return data.head(ResidentTestData.surname(), "Olena", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
    }

    private static ScreeningInput fled() {
        return new ScreeningInput(ScreeningFacts.on(LocalDate.of(2024, 5, 10)).citizenships("UA")
                .birthDate(LocalDate.of(1985, 4, 12)).livedInUkraine(YES).leftUkraineOn(LocalDate.of(2022, 3, 5))
                .legalResidenceInNorway(NO).protectionInUkraine(NO).safeThirdCountryCitizen(NO)
                .oblast(UkrainianOblast.KHARKIV).earlierProtectionEnded(NO).build(), null);
    }

    private void allowedOrRefused(String user, boolean may, Runnable write) {
        if (may) {
            assertThatCode(() -> data.as(user, write)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> data.as(user, write)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} may edit a resident: {1}")
    @CsvSource(textBlock = ROLES)
    void editing_a_resident(String user, boolean may) {
        long person = personAtRade();
        ResidentChange c = data.as("admin", () -> residents.forEdit(person));
        ResidentChange phone = new ResidentChange(c.id(), c.version(), c.familyName(), c.givenNames(),
                c.familyNameCyrillic(), c.givenNamesCyrillic(), c.birthDate(), c.sex(), c.citizenships(),
                c.languages(), "+47 400 00 000", c.needs(), c.needsNote(), c.arrivalDate(), c.identityNumber(),
                c.documents(), c.registrations());

        allowedOrRefused(user, may, () -> residents.update(phone));
    }

    @ParameterizedTest(name = "{0} may change a household's head: {1}")
    @CsvSource(textBlock = ROLES)
    void changing_the_head_of_a_household(String user, boolean may) {
        var mother = data.head(ResidentTestData.surname(), "Olena", LocalDate.of(1980, 1, 1), ResidentTestData.RADE);
        long son = data.member(mother.householdId(), "Son", "Petro", LocalDate.of(2001, 1, 1), Relation.CHILD,
                ResidentTestData.RADE);
        int version = db.fetchValue(HOUSEHOLD.VERSION, HOUSEHOLD.ID.eq(mother.householdId()));

        allowedOrRefused(user, may, () -> households.changeHead(new HeadChange(mother.householdId(), version, son,
                Map.of(mother.personId(), Relation.PARENT))));
    }

    @ParameterizedTest(name = "{0} may save a screening: {1}")
    @CsvSource(textBlock = ROLES)
    void saving_a_screening(String user, boolean may) {
        long person = personAtRade();

        allowedOrRefused(user, may, () -> screenings.save(person, fled(), 0));
    }

    @ParameterizedTest(name = "{0} may open a protection case: {1}")
    @CsvSource(textBlock = ROLES)
    void opening_a_protection_case(String user, boolean may) {
        long person = personAtRade();

        allowedOrRefused(user, may, () -> cases.open(person, LocalDate.now(clock).minusDays(2), "registered"));
    }

    @ParameterizedTest(name = "{0} may move a case on: {1}")
    @CsvSource(textBlock = ROLES)
    void moving_a_case_on(String user, boolean may) {
        long person = personAtRade();
        long id = data.as("admin", () -> cases.open(person, LocalDate.now(clock).minusDays(2), "registered"));

        allowedOrRefused(user, may, () -> cases.changeState(id, 0, new ProtectionCaseRecords.StateChange(
                CaseState.SENT_TO_UDI, LocalDate.now(clock), "sent", null, null)));
    }

    @ParameterizedTest(name = "{0} may check a person out: {1}")
    @CsvSource(textBlock = ROLES)
    void checking_a_person_out(String user, boolean may) {
        long person = personAtRade();
        long stay = data.as("admin", () -> stays.openStay(person).orElseThrow().id());

        allowedOrRefused(user, may, () -> stays.checkOut(stay, LocalDate.now(clock), CheckoutReason.LEFT));
    }

    @ParameterizedTest(name = "{0} may read protection screenings and cases: {1}")
    @CsvSource(textBlock = """
            admin,       true
            manager,     true
            staff,       true
            health,      false
            coordinator, false
            """)
    void reading_screenings_and_cases(String user, boolean may) {
        long person = personAtRade();
        data.as("admin", () -> screenings.save(person, fled(), 0));

        allowedOrRefused(user, may, () -> screenings.latest(person));
        allowedOrRefused(user, may, () -> screenings.subject(person));
        allowedOrRefused(user, may, () -> cases.caseOf(person));
    }

    @Test
    void centre_staff_no_longer_screen_someone_who_left_their_site() {
        long person = personAtRade();
        data.checkOut(person);

        assertThatThrownBy(() -> data.as("staff", () -> screenings.save(person, fled(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.as("staff", () -> screenings.mayScreen(person))).isFalse();
    }

    @Test
    void centre_staff_cannot_make_a_member_who_stays_elsewhere_head_of_the_household() {
        var mother = data.head(ResidentTestData.surname(), "Olena", LocalDate.of(1980, 1, 1), ResidentTestData.RADE);
        long grandmother = data.member(mother.householdId(), "Gran", "Halyna", LocalDate.of(1950, 1, 1),
                Relation.PARENT, ResidentTestData.HAUGESUND);
        int version = db.fetchValue(HOUSEHOLD.VERSION, HOUSEHOLD.ID.eq(mother.householdId()));

        assertThatThrownBy(() -> data.as("staff", () -> households.changeHead(new HeadChange(mother.householdId(),
                version, grandmother, Map.of(mother.personId(), Relation.CHILD)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchValue(HOUSEHOLD.VERSION, HOUSEHOLD.ID.eq(mother.householdId()))).isEqualTo(version);
    }
}
