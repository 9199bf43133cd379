package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW_ADULT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.InterviewRecords.AdultAnswers;
import no.ankomst.settlement.InterviewRecords.Interview;
import no.ankomst.settlement.InterviewRecords.InterviewForm;
import no.ankomst.settlement.InterviewRecords.Member;
import no.ankomst.db.tables.records.SettlementInterviewRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class InterviewRepository {

    private final DSLContext db;
    private final ResidentScopeConditions residents;

    InterviewRepository(DSLContext db, ResidentScopeConditions residents) {
        this.db = db;
        this.residents = residents;
    }

    /**
     * A household the scope reaches: a member the user may read as a resident, or (officers, who read no resident
     * pages) its pipeline row in their counties.
     */
    boolean householdVisible(Scope scope, long householdId) {
        var member = PERSON.as("visible_member");
        Condition asResident = exists(selectOne().from(member).where(member.HOUSEHOLD_ID.eq(householdId)
                .and(member.MERGED_INTO.isNull()).and(residents.visibleTo(scope, member.ID))));
        Condition inPipeline = exists(selectOne().from(SETTLEMENT_HOUSEHOLD)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId)
                        .and(SettlementScopeConditions.households(scope, SETTLEMENT_HOUSEHOLD.COUNTY_CODE,
                                SETTLEMENT_HOUSEHOLD.SITE_ID))));
        return db.fetchValue(selectOne().where(asResident.or(inPipeline))) != null;
    }

    /** The head, or the first member when a merge left the household without one. */
    Optional<Long> head(long householdId) {
        return db.select(PERSON.ID).from(PERSON)
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.RELATION_TO_HEAD.eq("HEAD").desc(), PERSON.ID).limit(1)
                .fetchOptional(PERSON.ID);
    }

    Optional<Long> householdOf(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.HOUSEHOLD_ID);
    }

    List<Member> members(long householdId, LocalDate today) {
        return db.select(PERSON.ID, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME, PERSON.BIRTH_DATE)
                .from(PERSON)
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.BIRTH_DATE, PERSON.ID)
                .fetch(r -> new Member(r.value1(), r.value2() + " " + r.value3(), r.value4(),
                        !r.value4().plusYears(SettlementPipeline.ADULT_AGE).isAfter(today)));
    }

    Optional<Interview> find(long householdId) {
        return db.selectFrom(SETTLEMENT_INTERVIEW).where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(householdId))
                .fetchOptional(r -> toInterview(r, adults(r.getId())));
    }

    private List<AdultAnswers> adults(long interviewId) {
        return db.selectFrom(SETTLEMENT_INTERVIEW_ADULT).where(SETTLEMENT_INTERVIEW_ADULT.INTERVIEW_ID.eq(interviewId))
                .orderBy(SETTLEMENT_INTERVIEW_ADULT.PERSON_ID)
                .fetch(r -> new AdultAnswers(r.getPersonId(), r.getEducation(), r.getWorkExperience(),
                        Set.of(r.getLanguages())));
    }

    private static Interview toInterview(SettlementInterviewRecord r, List<AdultAnswers> adults) {
        return new Interview(r.getId(), r.getHouseholdId(), r.getHeldOn(), r.getHeldBy(), r.getRoomsNeeded(),
                r.getNeedsAccessible(), Set.of(r.getFamilyTies()), Set.of(r.getWishes()),
                Set.of(r.getNeededServices()), r.getServicesConsent(), r.getSummary(), adults, r.getVersion());
    }

    Set<String> existingMunicipalities(Set<String> codes) {
        return db.select(MUNICIPALITY.CODE).from(MUNICIPALITY).where(MUNICIPALITY.CODE.in(codes))
                .fetchSet(MUNICIPALITY.CODE);
    }

    long insert(InterviewForm form, LocalDate heldOn, int rooms, String heldBy) {
        long id = db.insertInto(SETTLEMENT_INTERVIEW)
                .set(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID, form.householdId())
                .set(SETTLEMENT_INTERVIEW.HELD_ON, heldOn)
                .set(SETTLEMENT_INTERVIEW.HELD_BY, heldBy)
                .set(SETTLEMENT_INTERVIEW.ROOMS_NEEDED, rooms)
                .set(SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE, form.needsAccessible())
                .set(SETTLEMENT_INTERVIEW.FAMILY_TIES, sorted(form.familyTies()))
                .set(SETTLEMENT_INTERVIEW.WISHES, sorted(form.wishes()))
                .set(SETTLEMENT_INTERVIEW.NEEDED_SERVICES, sorted(form.neededServices()))
                .set(SETTLEMENT_INTERVIEW.SERVICES_CONSENT, form.servicesConsent())
                .set(SETTLEMENT_INTERVIEW.SUMMARY, blankToNull(form.summary()))
                .returning(SETTLEMENT_INTERVIEW.ID).fetchSingle(SETTLEMENT_INTERVIEW.ID);
        replaceAdults(id, form.adults());
        return id;
    }

    /** @return the interview's id, or empty when it changed since {@code form.version()} was read */
    Optional<Long> update(InterviewForm form, int version, LocalDate heldOn, int rooms, String heldBy) {
        Optional<Long> id = db.update(SETTLEMENT_INTERVIEW)
                .set(SETTLEMENT_INTERVIEW.HELD_ON, heldOn)
                .set(SETTLEMENT_INTERVIEW.HELD_BY, heldBy)
                .set(SETTLEMENT_INTERVIEW.ROOMS_NEEDED, rooms)
                .set(SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE, form.needsAccessible())
                .set(SETTLEMENT_INTERVIEW.FAMILY_TIES, sorted(form.familyTies()))
                .set(SETTLEMENT_INTERVIEW.WISHES, sorted(form.wishes()))
                .set(SETTLEMENT_INTERVIEW.NEEDED_SERVICES, sorted(form.neededServices()))
                .set(SETTLEMENT_INTERVIEW.SERVICES_CONSENT, form.servicesConsent())
                .set(SETTLEMENT_INTERVIEW.SUMMARY, blankToNull(form.summary()))
                .set(SETTLEMENT_INTERVIEW.VERSION, SETTLEMENT_INTERVIEW.VERSION.plus(1))
                .where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(form.householdId())
                        .and(SETTLEMENT_INTERVIEW.VERSION.eq(version)))
                .returning(SETTLEMENT_INTERVIEW.ID).fetchOptional(SETTLEMENT_INTERVIEW.ID);
        id.ifPresent(interviewId -> replaceAdults(interviewId, form.adults()));
        return id;
    }

    private void replaceAdults(long interviewId, List<AdultAnswers> adults) {
        db.deleteFrom(SETTLEMENT_INTERVIEW_ADULT).where(SETTLEMENT_INTERVIEW_ADULT.INTERVIEW_ID.eq(interviewId))
                .execute();
        for (AdultAnswers adult : adults) {
            db.insertInto(SETTLEMENT_INTERVIEW_ADULT)
                    .set(SETTLEMENT_INTERVIEW_ADULT.INTERVIEW_ID, interviewId)
                    .set(SETTLEMENT_INTERVIEW_ADULT.PERSON_ID, adult.personId())
                    .set(SETTLEMENT_INTERVIEW_ADULT.EDUCATION, blankToNull(adult.education()))
                    .set(SETTLEMENT_INTERVIEW_ADULT.WORK_EXPERIENCE, blankToNull(adult.workExperience()))
                    .set(SETTLEMENT_INTERVIEW_ADULT.LANGUAGES, sorted(adult.languages()))
                    .execute();
        }
    }

    private static String[] sorted(Set<String> codes) {
        return codes.stream().sorted().toArray(String[]::new);
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
