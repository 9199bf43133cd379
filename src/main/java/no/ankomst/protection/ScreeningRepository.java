package no.ankomst.protection;

import static no.ankomst.db.Tables.APP_USER;
import static no.ankomst.db.Tables.ELIGIBILITY_SCREENING;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.db.tables.records.EligibilityScreeningRecord;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningRecords.Screening;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ScreeningRepository {

    private static final no.ankomst.db.tables.EligibilityScreening S = ELIGIBILITY_SCREENING;

    private final DSLContext db;

    ScreeningRepository(DSLContext db) {
        this.db = db;
    }

    /** The number of the person's latest screening; 0 when they have none. */
    int latestVersion(long personId) {
        return db.select(DSL.max(S.VERSION)).from(S).where(S.PERSON_ID.eq(personId))
                .fetchOptional(0, Integer.class).orElse(0);
    }

    long insert(long personId, int version, ScreeningFacts facts, @Nullable Long qualifyingPersonId,
                ScreeningAdvice advice, long screenedBy, Instant screenedAt) {
        EligibilityScreeningRecord row = new EligibilityScreeningRecord();
        row.setPersonId(personId);
        row.setVersion(version);
        row.setApplicationDate(facts.applicationDate());
        row.setCitizenships(facts.citizenships() == null ? null : facts.citizenships().toArray(String[]::new));
        row.setBirthDate(facts.birthDate());
        row.setLivedInUkraine(facts.livedInUkraine().name());
        row.setLeftUkraineOn(facts.leftUkraineOn());
        row.setDaysAbroadBeforeCutOff(facts.daysAbroadBeforeCutOff());
        row.setLegalResidenceInNorway(facts.legalResidenceInNorway().name());
        row.setLegalResidenceFrom(facts.legalResidenceFrom());
        row.setLegalResidenceExpires(facts.legalResidenceExpires());
        row.setProtectionInUkraine(facts.protectionInUkraine().name());
        row.setProtectionInUkraineGrantedOn(facts.protectionInUkraineGrantedOn());
        FamilyLink link = facts.familyLink();
        if (link != null) {
            row.setFamilyRelation(link.relation().name());
            row.setSameHouseholdBeforeCutOff(link.sameHouseholdBeforeCutOff().name());
            row.setQualifyingPersonOutcome(link.qualifyingPersonOutcome() == null ? null
                    : link.qualifyingPersonOutcome().name());
        }
        row.setQualifyingPersonId(qualifyingPersonId);
        row.setSafeThirdCountryCitizen(facts.safeThirdCountryCitizen().name());
        row.setOblast(facts.oblast() == null ? null : facts.oblast().name());
        row.setEarlierProtectionEnded(facts.earlierProtectionEnded().name());
        row.setEarlierProtectionEndedOn(facts.earlierProtectionEndedOn());
        row.setOutcome(advice.outcome().name());
        row.setGround(advice.ground() == null ? null : advice.ground().name());
        row.setReasons(advice.reasons().stream().map(ScreeningReason::encode).toArray(String[]::new));
        row.setMissingFacts(advice.missingFacts().toArray(String[]::new));
        row.setScreenedBy(screenedBy);
        row.setScreenedAt(screenedAt);
        return db.insertInto(S).set(row).returning(S.ID).fetchSingle(S.ID);
    }

    Optional<Screening> latest(long personId) {
        return db.select(S.asterisk(), APP_USER.FULL_NAME).from(S).join(APP_USER).on(APP_USER.ID.eq(S.SCREENED_BY))
                .where(S.PERSON_ID.eq(personId)).orderBy(S.VERSION.desc()).limit(1)
                .fetchOptional(ScreeningRepository::toScreening);
    }

    /** The latest outcome of each of these people who has been screened. */
    Map<Long, ScreeningOutcome> latestOutcomes(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return db.selectDistinct(S.PERSON_ID, S.OUTCOME).on(S.PERSON_ID).from(S).where(S.PERSON_ID.in(personIds))
                .orderBy(S.PERSON_ID, S.VERSION.desc())
                .fetchMap(r -> r.value1(), r -> ScreeningOutcome.valueOf(r.value2()));
    }

    private static Screening toScreening(Record r) {
        EligibilityScreeningRecord row = r.into(S);
        FamilyLink link = row.getFamilyRelation() == null ? null : new FamilyLink(
                ScreeningRelation.valueOf(row.getFamilyRelation()),
                ScreeningAnswer.valueOf(row.getSameHouseholdBeforeCutOff()),
                row.getQualifyingPersonOutcome() == null ? null
                        : ScreeningOutcome.valueOf(row.getQualifyingPersonOutcome()));
        ScreeningFacts facts = new ScreeningFacts(row.getApplicationDate(),
                row.getCitizenships() == null ? null : Arrays.asList(row.getCitizenships()), row.getBirthDate(),
                ScreeningAnswer.valueOf(row.getLivedInUkraine()), row.getLeftUkraineOn(),
                row.getDaysAbroadBeforeCutOff(), ScreeningAnswer.valueOf(row.getLegalResidenceInNorway()),
                row.getLegalResidenceFrom(), row.getLegalResidenceExpires(),
                ScreeningAnswer.valueOf(row.getProtectionInUkraine()), row.getProtectionInUkraineGrantedOn(), link,
                ScreeningAnswer.valueOf(row.getSafeThirdCountryCitizen()),
                row.getOblast() == null ? null : UkrainianOblast.valueOf(row.getOblast()),
                ScreeningAnswer.valueOf(row.getEarlierProtectionEnded()), row.getEarlierProtectionEndedOn());
        List<ScreeningReason> reasons = Arrays.stream(row.getReasons()).map(ScreeningReason::decode).toList();
        ScreeningAdvice advice = new ScreeningAdvice(ScreeningOutcome.valueOf(row.getOutcome()),
                row.getGround() == null ? null : EligibilityGround.valueOf(row.getGround()), reasons,
                Arrays.asList(row.getMissingFacts()));
        return new Screening(row.getId(), row.getPersonId(), row.getVersion(), facts, row.getQualifyingPersonId(),
                advice, r.get(APP_USER.FULL_NAME), row.getScreenedAt());
    }
}
