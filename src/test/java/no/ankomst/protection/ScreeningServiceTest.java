package no.ankomst.protection;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.ELIGIBILITY_SCREENING;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.protection.ScreeningAnswer.NO;
import static no.ankomst.protection.ScreeningAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningRecords.Screening;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.ScreeningRecords.ScreeningSubject;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.residents.Sex;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class ScreeningServiceTest {

    private static final LocalDate APPLIED = LocalDate.of(2024, 5, 10);

    @Autowired
    ScreeningService screenings;
    @Autowired
    ResidentService residents;
    @Autowired
    SiteService sites;
    @Autowired
    ProtectionRules rules;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext db;

    private long radeSiteId() {
        return sites.visibleSites().stream().filter(s -> s.name().contains("Råde")).findFirst().map(SiteRow::id)
                .orElseThrow();
    }

    private ResidentService.Registered register(String citizenship, LocalDate born, Sex sex, Long household,
                                                Relation relation) {
        return residents.register(new NewResident(ResidentTestData.surname(), "Test", null, null, born, sex, List.of(citizenship), List.of("uk"), null, Set.of(),
                null, APPLIED, null, null, null, radeSiteId(), household, relation, household != null, null));
    }

    private long ukrainian() {
        return register("UA", LocalDate.of(1985, 4, 12), Sex.FEMALE, null, null).personId();
    }

    /** She lived in Kharkiv and fled in March 2022; nothing excludes her. */
    private static ScreeningFacts.Builder fled() {
        return ScreeningFacts.on(APPLIED).citizenships("UA").birthDate(LocalDate.of(1985, 4, 12)).livedInUkraine(YES)
                .leftUkraineOn(LocalDate.of(2022, 3, 5)).legalResidenceInNorway(NO).protectionInUkraine(NO)
                .safeThirdCountryCitizen(NO).oblast(UkrainianOblast.KHARKIV).earlierProtectionEnded(NO);
    }

    private int screeningsOf(long personId) {
        return db.fetchCount(ELIGIBILITY_SCREENING, ELIGIBILITY_SCREENING.PERSON_ID.eq(personId));
    }

    private int auditLines() {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ELIGIBILITY_SCREENED"));
    }

    /** A resident who has only ever stayed at this site (demo residents all passed through Råde). */
    private long personOnlyAt(String siteName) {
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        long person = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, "Elsewhereenko").set(PERSON.GIVEN_NAMES, "Test")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1990, 1, 1)).set(PERSON.SEX, "MALE")
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, "HEAD")
                .set(PERSON.SEARCH_TEXT, "elsewhereenko test").returning(PERSON.ID).fetchSingle(PERSON.ID);
        long site = db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(siteName)).fetchSingle(SITE.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, person).set(STAY.SITE_ID, site)
                .set(STAY.CHECKED_IN_ON, LocalDate.of(2024, 5, 1)).execute();
        return person;
    }

    @Test
    void staff_screen_a_resident_of_their_site_and_read_the_advice_and_the_facts_back() {
        long person = ukrainian();
        int audited = auditLines();

        Screening saved = screenings.save(person, new ScreeningInput(fled().build(), null), 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.advice().outcome()).isEqualTo(ScreeningOutcome.LIKELY_QUALIFIES);
        assertThat(saved.advice().ground()).isEqualTo(EligibilityGround.RESIDENT_IN_UKRAINE);
        assertThat(saved.advice().reasons()).containsExactly(ScreeningReason.of("screening.reason.leftAfterCutOff",
                LocalDate.of(2022, 3, 5), LocalDate.of(2022, 2, 24)));
        assertThat(saved.screenedBy()).isEqualTo("Sindre Mottaksansatt");
        assertThat(screenings.latest(person)).hasValueSatisfying(latest -> {
            assertThat(latest.facts()).isEqualTo(fled().build());
            assertThat(latest.advice()).isEqualTo(saved.advice());
        });
        assertThat(auditLines()).isEqualTo(audited + 1);
    }

    @Test
    void a_new_screening_keeps_the_old_one_as_history_and_the_latest_wins() {
        long person = ukrainian();
        screenings.save(person, new ScreeningInput(fled().oblast(null).applicationDate(LocalDate.of(2024, 10, 1))
                .build(), null), 0);

        Screening second = screenings.save(person, new ScreeningInput(fled().oblast(UkrainianOblast.LVIV)
                .applicationDate(LocalDate.of(2024, 10, 1)).build(), null), 1);

        assertThat(screeningsOf(person)).isEqualTo(2);
        assertThat(screenings.latest(person).orElseThrow().version()).isEqualTo(2);
        assertThat(second.advice().outcome()).isEqualTo(ScreeningOutcome.INDIVIDUAL_ASSESSMENT);
        assertThat(second.advice().reasonKeys()).contains("screening.reason.safeOblast");
    }

    @Test
    void saving_on_top_of_a_screening_someone_else_replaced_is_a_conflict_and_saves_nothing() {
        long person = ukrainian();
        screenings.save(person, new ScreeningInput(fled().build(), null), 0);
        int audited = auditLines();

        assertThatThrownBy(() -> screenings.save(person, new ScreeningInput(fled().oblast(UkrainianOblast.ODESA)
                .build(), null), 0)).isInstanceOf(ConflictException.class);

        assertThat(screeningsOf(person)).isEqualTo(1);
        assertThat(screenings.latest(person).orElseThrow().facts().oblast()).isEqualTo(UkrainianOblast.KHARKIV);
        assertThat(auditLines()).isEqualTo(audited);
    }

    @Test
    void two_desks_saving_the_first_screening_at_once_end_with_one_screening_and_one_conflict() throws Exception {
        long person = ukrainian();
        int audited = auditLines();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (UkrainianOblast oblast : List.of(UkrainianOblast.ODESA, UkrainianOblast.SUMY)) {
                outcomes.add(desks.submit(() -> {
                    SecurityContextHolder.setContext(signedIn);
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        screenings.save(person, new ScreeningInput(fled().oblast(oblast).build(), null), 0);
                        return "saved";
                    } catch (ConflictException conflict) {
                        return "conflict";
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
            assertThat(screeningsOf(person)).isEqualTo(1);
            assertThat(auditLines()).isEqualTo(audited + 1);
        } finally {
            desks.shutdownNow();
        }
    }

    @Test
    void contradictory_facts_are_refused_field_by_field_and_nothing_is_saved() {
        long person = ukrainian();
        int audited = auditLines();
        ScreeningFacts contradictory = fled().leftUkraineOn(APPLIED.plusDays(1)).protectionInUkraine(YES)
                .protectionInUkraineGrantedOn(APPLIED.plusDays(1)).build();

        assertThatThrownBy(() -> screenings.save(person, new ScreeningInput(contradictory, null), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey).containsExactlyInAnyOrder(
                                tuple("leftUkraineOn", "validation.screening.afterApplication"),
                                tuple("protectionInUkraineGrantedOn", "validation.screening.afterApplication")));
        assertThat(screeningsOf(person)).isZero();
        assertThat(auditLines()).isEqualTo(audited);
    }

    @Test
    void an_application_date_in_the_future_is_refused() {
        long person = ukrainian();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        assertThatThrownBy(() -> screenings.save(person, new ScreeningInput(fled().applicationDate(tomorrow).build(),
                null), 0)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::ruleKey)
                .contains(tuple("applicationDate", "validation.date.future")));
    }

    @Test
    void a_spouse_follows_the_qualifying_persons_own_latest_advice_not_what_was_typed() {
        ResidentService.Registered head = register("UA", LocalDate.of(1985, 4, 12), Sex.FEMALE, null, null);
        long spouse = register("MA", LocalDate.of(1982, 1, 1), Sex.MALE, head.householdId(), Relation.SPOUSE)
                .personId();
        screenings.save(head.personId(), new ScreeningInput(fled().build(), null), 0);
        // typed as "does not qualify": the head's saved advice must win
        ScreeningFacts facts = ScreeningFacts.on(APPLIED).citizenships("MA").livedInUkraine(NO)
                .legalResidenceInNorway(NO).protectionInUkraine(NO).safeThirdCountryCitizen(NO)
                .earlierProtectionEnded(NO).familyLink(new FamilyLink(ScreeningRelation.SPOUSE, YES,
                        ScreeningOutcome.INDIVIDUAL_ASSESSMENT)).build();

        Screening saved = screenings.save(spouse, new ScreeningInput(facts, head.personId()), 0);

        assertThat(saved.advice().ground()).isEqualTo(EligibilityGround.FAMILY_MEMBER);
        assertThat(saved.qualifyingPersonId()).isEqualTo(head.personId());
        assertThat(saved.facts().familyLink().qualifyingPersonOutcome()).isEqualTo(ScreeningOutcome.LIKELY_QUALIFIES);
    }

    @Test
    void the_household_offers_its_members_as_qualifying_persons_with_their_relation_and_result() {
        ResidentService.Registered head = register("UA", LocalDate.of(1985, 4, 12), Sex.FEMALE, null, null);
        long child = register("UA", LocalDate.of(2012, 6, 1), Sex.MALE, head.householdId(), Relation.CHILD)
                .personId();
        screenings.save(head.personId(), new ScreeningInput(fled().build(), null), 0);

        ScreeningSubject subject = screenings.subject(child);

        assertThat(subject.latest()).isNull();
        assertThat(subject.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.personId()).isEqualTo(head.personId());
            assertThat(candidate.outcome()).isEqualTo(ScreeningOutcome.LIKELY_QUALIFIES);
            assertThat(candidate.suggestedRelation()).isEqualTo(ScreeningRelation.CHILD);
        });
    }

    @Test
    void a_qualifying_person_from_another_household_is_refused() {
        long stranger = ukrainian();
        long person = register("MA", LocalDate.of(1980, 1, 1), Sex.MALE, null, null).personId();
        ScreeningFacts facts = fled().citizenships("MA").familyLink(new FamilyLink(ScreeningRelation.SIBLING, YES,
                null)).build();

        assertThatThrownBy(() -> screenings.save(person, new ScreeningInput(facts, stranger), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("qualifyingPerson"));
        assertThat(screeningsOf(person)).isZero();
    }

    @Test
    void staff_cannot_see_or_screen_residents_of_other_sites() {
        long elsewhere = personOnlyAt("Haugesund mottak");

        assertThatThrownBy(() -> screenings.subject(elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenings.save(elsewhere, new ScreeningInput(fled().build(), null), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(screeningsOf(elsewhere)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_anyone_but_cannot_screen() {
        long anyone = personOnlyAt("Haugesund mottak");

        assertThat(screenings.subject(anyone).person().id()).isEqualTo(anyone);
        assertThatThrownBy(() -> screenings.save(anyone, new ScreeningInput(fled().build(), null), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_neither_read_screenings_nor_screen_not_even_at_their_own_sites() {
        long own = personOnlyAt("Haugesund mottak");

        assertThatThrownBy(() -> screenings.latest(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenings.subject(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenings.save(own, new ScreeningInput(fled().build(), null), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_settlement_coordinator_sees_no_screenings() {
        assertThatThrownBy(() -> screenings.subject(personOnlyAt("Haugesund mottak")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_configured_rules_are_todays_law() {
        assertThat(rules).isEqualTo(ProtectionRules.CURRENT_LAW);
    }
}
