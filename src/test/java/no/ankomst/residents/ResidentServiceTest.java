package no.ankomst.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.DuplicateCandidate;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class ResidentServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ResidentService residents;
    @Autowired
    SiteService sites;
    @Autowired
    DSLContext db;
    @Autowired
    ResidentTestData data;
    @Autowired
    Clock clock;

    /** A surname no generated resident has, so each test finds only its own people. */
    private static String uniqueSurname() {
        int n = SEQUENCE.incrementAndGet() * 7919 + (int) (System.nanoTime() % 1000);
        StringBuilder name = new StringBuilder("Testenko");
        for (char c : Integer.toString(n, 26).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 26)));
        }
        return name.toString();
    }

    private long radeSiteId() {
        return sites.visibleSites().stream().filter(s -> s.name().contains("Råde")).findFirst().map(SiteRow::id)
                .orElseThrow();
    }

    private NewResident person(String surname, String given, LocalDate birth, @Nullable String identity,
                               String passport) {
        return new NewResident(surname, given, null, null, birth, Sex.MALE, List.of("UA"), List.of("uk"), null,
                Set.of(), null, LocalDate.of(2025, 3, 1), identity,
                new DocumentInput(DocumentType.PASSPORT, passport, "UA", LocalDate.of(2030, 1, 1)),
                new PoliceRegistrationInput(LocalDate.of(2025, 3, 1), "Øst politidistrikt", true, true, true, null, true),
                radeSiteId(), null, null, false, null);
    }

    /** A D-number nobody in the shared test database has (demo data and other tests use D-numbers too). */
    private String dNumber(LocalDate birth) {
        return data.dNumber(birth);
    }

    private int personCount() {
        return db.fetchCount(no.ankomst.db.Tables.PERSON);
    }

    @Test
    void staff_register_a_family_at_their_site_and_see_it_in_the_detail() {
        String surname = uniqueSurname();
        LocalDate birth = LocalDate.of(1985, 4, 12);
        ResidentService.Registered head = residents.register(new NewResident(surname, "Oksana", "Коваленко", "Оксана",
                birth, Sex.FEMALE, List.of("UA"), List.of("uk", "ru"), "+47 41234567", Set.of(Need.PREGNANCY), null,
                LocalDate.of(2025, 3, 1), dNumber(birth), null, null, radeSiteId(), null, null, false, null));
        residents.register(new NewResident(surname, "Sofiia", null, null, LocalDate.of(2015, 6, 1), Sex.FEMALE,
                List.of("UA"), List.of("uk"), null, Set.of(), null, LocalDate.of(2025, 3, 1), null, null, null,
                radeSiteId(), head.householdId(), Relation.CHILD, true, null));

        ResidentDetail detail = residents.detail(head.personId());
        assertThat(detail.household()).extracting(m -> m.relation())
                .containsExactlyInAnyOrder(Relation.HEAD, Relation.CHILD);
        assertThat(detail.stays()).singleElement().satisfies(stay -> {
            assertThat(stay.siteName()).contains("Råde");
            assertThat(stay.checkedOutOn()).isNull();
        });
        assertThat(detail.needs()).containsExactly(Need.PREGNANCY);
        assertThat(residents.page(new ResidentFilter(surname, null, null, null, null, true), 0, 10, 0, null))
                .extracting(ResidentRow::householdSize).containsOnly(2);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        int before = personCount();
        NewResident bad = new NewResident(uniqueSurname(), "", null, null, LocalDate.of(2030, 1, 1), null,
                List.of("XX"), List.of("uk"), "phone?", Set.of(), null, LocalDate.of(2025, 1, 1), "31129956716",
                null, null, radeSiteId(), null, null, false, null);

        assertThatThrownBy(() -> residents.register(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).contains(
                        tuple("givenNames", "validation.required"),
                        tuple("birthDate", "validation.date.future"),
                        tuple("birthDate", "validation.birthDate.afterArrival"),
                        tuple("sex", "validation.required"),
                        tuple("citizenships", "validation.country.unknown"),
                        tuple("phone", "validation.phone"),
                        tuple("identityNumber", "validation.identityNumber.checkDigit2")));
        assertThat(personCount()).isEqualTo(before);
    }

    @Test
    void a_birth_date_tomorrow_by_the_application_clock_is_refused_on_the_birth_date_field() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        int before = personCount();

        assertThatThrownBy(() -> residents.register(person(uniqueSurname(), "Olena", tomorrow, null,
                ResidentTestData.passport()))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).contains(tuple("birthDate", "validation.date.future")));
        assertThat(personCount()).isEqualTo(before);
    }

    @Test
    void an_identity_number_whose_date_is_not_the_birth_date_registers_with_a_warning() {
        LocalDate birth = LocalDate.of(1990, 5, 17);

        ResidentService.Registered registered = residents.register(person(uniqueSurname(), "Olena", birth,
                dNumber(birth.minusDays(3)), ResidentTestData.passport()));

        assertThat(registered.warnings()).containsExactly(IdentityNumber.D_NUMBER_DATE_DIFFERS);
    }

    @Test
    void a_household_cannot_get_a_second_head() {
        String surname = uniqueSurname();
        LocalDate birth = LocalDate.of(1980, 1, 1);
        long household = residents.register(person(surname, "Ivan", birth, dNumber(birth), "FX" + SEQUENCE.get() + "001"))
                .householdId();
        NewResident second = new NewResident(surname, "Petro", null, null, LocalDate.of(1982, 2, 2), Sex.MALE,
                List.of("UA"), List.of(), null, Set.of(), null, null, null, null, null, radeSiteId(), household,
                Relation.HEAD, false, null);

        assertThatThrownBy(() -> residents.register(second)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.household.twoHeads"));
    }

    @Test
    void a_used_identity_number_or_passport_is_refused() {
        LocalDate birth = LocalDate.of(1979, 9, 9);
        String identity = dNumber(birth);
        String passport = "FZ" + (100000 + SEQUENCE.incrementAndGet());
        residents.register(person(uniqueSurname(), "Taras", birth, identity, passport));

        assertThatThrownBy(() -> residents.register(person(uniqueSurname(), "Taras", birth, identity, passport)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .contains("validation.identityNumber.taken", "validation.document.taken"));
    }

    @Test
    void staff_cannot_register_at_a_site_that_is_not_theirs() {
        NewResident elsewhere = person(uniqueSurname(), "Oleh", LocalDate.of(1990, 1, 1), null, "FQ123456");
        long otherSite = db.select(no.ankomst.db.Tables.SITE.ID).from(no.ankomst.db.Tables.SITE)
                .where(no.ankomst.db.Tables.SITE.NAME.eq("Haugesund mottak")).fetchSingle().value1();
        NewResident moved = new NewResident(elsewhere.familyName(), elsewhere.givenNames(), null, null,
                elsewhere.birthDate(), elsewhere.sex(), elsewhere.citizenships(), elsewhere.languages(), null,
                Set.of(), null, null, null, null, null, otherSite, null, null, false, null);

        assertThatThrownBy(() -> residents.register(moved)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.site.outOfScope"));
    }

    @Test
    void the_duplicate_check_finds_the_same_person_in_the_other_script_and_by_passport() {
        String surname = uniqueSurname();
        LocalDate birth = LocalDate.of(1988, 8, 8);
        String passport = "FK" + (200000 + SEQUENCE.incrementAndGet());
        long id = residents.register(new NewResident(surname, "Oleksandr", null, "Олександр", birth, Sex.MALE,
                List.of("UA"), List.of(), null, Set.of(), null, null, null,
                new DocumentInput(DocumentType.PASSPORT, passport, "UA", null), null, radeSiteId(), null, null,
                false, null)).personId();

        List<DuplicateCandidate> byName = residents.duplicates(new DuplicateProbe(surname, "Aleksandr", null, null,
                birth, null, null)).candidates();
        List<DuplicateCandidate> byPassport = residents.duplicates(new DuplicateProbe("Someone", "Else", null, null,
                LocalDate.of(1950, 1, 1), null, passport.toLowerCase())).candidates();

        assertThat(byName).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly("duplicates.reason.nameAndBirthDate"));
        assertThat(byPassport).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.reasons()).contains("duplicates.reason.document"));
    }

    @Test
    void the_search_box_finds_people_by_cyrillic_name_by_typo_and_by_identity_number() {
        LocalDate birth = LocalDate.of(1991, 3, 3);
        String identity = dNumber(birth);
        long id = residents.register(new NewResident("Hnatiuk", "Bohdana", "Гнатюк", "Богдана", birth, Sex.FEMALE,
                List.of("UA"), List.of(), null, Set.of(), null, null, identity, null, null, radeSiteId(), null, null,
                false, null)).personId();

        assertThat(residents.search("Гнатюк Богдана", 5)).extracting(ResidentRow::id).first().isEqualTo(id);
        assertThat(residents.search("Hnatyuk Bohdana", 5)).extracting(ResidentRow::id).contains(id);
        assertThat(residents.search(identity, 5)).extracting(ResidentRow::id).containsExactly(id);
    }

    @Test
    void pages_read_from_the_end_match_pages_read_from_the_start() {
        ResidentFilter all = ResidentFilter.none();
        int total = residents.count(all);
        assertThat(total).isGreaterThan(100);

        List<ResidentRow> fromEnd = residents.page(all, total - 7, 7, total, null);
        List<ResidentRow> fromStart = residents.page(all, total - 7, 7, 0, null);

        assertThat(fromEnd).hasSize(7).extracting(ResidentRow::id)
                .containsExactlyElementsOf(fromStart.stream().map(ResidentRow::id).toList());
    }

    @Test
    void scrolling_on_from_a_page_by_seeking_gives_the_same_rows_as_counting() {
        ResidentFilter all = ResidentFilter.none();
        int total = residents.count(all);
        List<ResidentRow> previous = residents.page(all, 100, 20, total, null);

        List<ResidentRow> sought = residents.page(all, 120, 20, total, previous.getLast().id());
        List<ResidentRow> counted = residents.page(all, 120, 20, 0, null);

        assertThat(sought).extracting(ResidentRow::id)
                .containsExactlyElementsOf(counted.stream().map(ResidentRow::id).toList());
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_everyone_but_cannot_register() {
        assertThat(residents.count(ResidentFilter.none())).isGreaterThanOrEqualTo(400);
        assertThatThrownBy(() -> residents.register(person(uniqueSurname(), "Yurii", LocalDate.of(1970, 1, 1), null,
                "FM999999"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_do_not_see_residents_of_other_sites() {
        long radeOnly = db.select(no.ankomst.db.Tables.STAY.PERSON_ID).from(no.ankomst.db.Tables.STAY)
                .join(no.ankomst.db.Tables.SITE).on(no.ankomst.db.Tables.SITE.ID.eq(no.ankomst.db.Tables.STAY.SITE_ID))
                .where(no.ankomst.db.Tables.SITE.NAME.contains("Råde"))
                .and(no.ankomst.db.Tables.STAY.PERSON_ID.notIn(org.jooq.impl.DSL.select(no.ankomst.db.Tables.STAY.PERSON_ID)
                        .from(no.ankomst.db.Tables.STAY).join(no.ankomst.db.Tables.SITE.as("s2"))
                        .on(no.ankomst.db.Tables.SITE.as("s2").ID.eq(no.ankomst.db.Tables.STAY.SITE_ID))
                        .where(no.ankomst.db.Tables.SITE.as("s2").NAME.in("Haugesund mottak",
                                "Oslo akuttinnkvartering Alna"))))
                .limit(1).fetchSingle().value1();

        assertThatThrownBy(() -> residents.detail(radeOnly)).isInstanceOf(AccessDeniedException.class);
        assertThat(residents.page(ResidentFilter.none(), 0, 1000, 0, null)).extracting(ResidentRow::id)
                .doesNotContain(radeOnly);
    }
}
