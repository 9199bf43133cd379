package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * A municipality's places left in a year: the council's decided number (persons, and unaccompanied minors
 * separately) minus the members of accepted proposals whose settlement date falls in that year (settled or not).
 * Counted from the members, never kept as a counter, so it cannot drift; the accept locks the quota row first.
 */
@Repository
class PlacesRepository {

    private final DSLContext db;

    PlacesRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * @param persons persons' places left (minus, with {@code withSent}, the members of proposals still waiting)
     * @param minors unaccompanied minors' places left (the same)
     */
    record Left(String code, String county, int decidedPersons, int decidedMinors, int persons, int minors) {
    }

    /** Per municipality matching {@code where} that has a council decision for {@code year}. */
    List<Left> leftIn(Condition where, int year, boolean withSent) {
        Field<Integer> acceptedPersons = accepted(year, false);
        Field<Integer> acceptedMinors = accepted(year, true);
        Field<Integer> sentPersons = withSent ? sent(false) : inline(0);
        Field<Integer> sentMinors = withSent ? sent(true) : inline(0);
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.COUNTY_CODE, SETTLEMENT_QUOTA.DECIDED_PERSONS,
                        SETTLEMENT_QUOTA.DECIDED_MINORS, acceptedPersons, acceptedMinors, sentPersons, sentMinors)
                .from(MUNICIPALITY).join(SETTLEMENT_QUOTA).on(SETTLEMENT_QUOTA.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)
                        .and(SETTLEMENT_QUOTA.YEAR.eq(year)).and(SETTLEMENT_QUOTA.DECIDED_PERSONS.isNotNull()))
                .where(where).orderBy(MUNICIPALITY.CODE)
                .fetch(row -> new Left(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value3() - row.value5() - row.value7(), row.value4() - row.value6() - row.value8()));
    }

    List<Left> leftInCounties(java.util.Collection<String> counties, int year) {
        return leftIn(MUNICIPALITY.COUNTY_CODE.in(counties), year, true);
    }

    Optional<Left> left(String municipalityCode, int year, boolean withSent) {
        return leftIn(MUNICIPALITY.CODE.eq(municipalityCode), year, withSent).stream().findFirst();
    }

    /**
     * Locks the municipality's quota row for {@code year} until the transaction ends, so two accepts of the last
     * place take turns: the second counts after the first has committed.
     *
     * @return whether the council has decided for that year
     */
    boolean lockDecision(String municipalityCode, int year) {
        return db.select(SETTLEMENT_QUOTA.ID).from(SETTLEMENT_QUOTA)
                .where(SETTLEMENT_QUOTA.MUNICIPALITY_CODE.eq(municipalityCode).and(SETTLEMENT_QUOTA.YEAR.eq(year))
                        .and(SETTLEMENT_QUOTA.DECIDED_PERSONS.isNotNull()))
                .forUpdate().fetchOptional().isPresent();
    }

    private static Field<Integer> accepted(int year, boolean minors) {
        // members belong to accepted proposals only and carry the proposal's municipality (V20): one index range
        return field(select(count()).from(SETTLEMENT_MEMBER)
                .where(SETTLEMENT_MEMBER.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)
                        .and(SETTLEMENT_MEMBER.UNACCOMPANIED_MINOR.eq(minors))
                        .and(SETTLEMENT_MEMBER.SETTLEMENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))));
    }

    private static Field<Integer> sent(boolean minors) {
        return field(select(count()).from(SETTLEMENT_PROPOSAL)
                .join(PERSON).on(PERSON.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID).and(PERSON.MERGED_INTO.isNull()))
                .join(SETTLEMENT_HOUSEHOLD).on(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID))
                .where(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)
                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.SENT.name()))
                        .and(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR.eq(minors))));
    }
}
