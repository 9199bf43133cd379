package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import org.jooq.impl.DSL;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.security.Scope;
import no.ankomst.settlement.QuotaRecords.DecisionForm;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import no.ankomst.settlement.QuotaRecords.RequestForm;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class QuotaRepository {

    private final DSLContext db;

    QuotaRepository(DSLContext db) {
        this.db = db;
    }

    /** Every municipality the scope reaches, with its request and decision of the year (if any). */
    List<QuotaRow> page(Scope scope, int year, int offset, int limit) {
        Field<Integer> taken = settledOrAccepted(year);
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME, SETTLEMENT_QUOTA.ID, SETTLEMENT_QUOTA.REQUESTED_PERSONS,
                        SETTLEMENT_QUOTA.REQUESTED_MINORS, SETTLEMENT_QUOTA.REQUESTED_ON,
                        SETTLEMENT_QUOTA.DECIDED_PERSONS, SETTLEMENT_QUOTA.DECIDED_MINORS,
                        SETTLEMENT_QUOTA.DECIDED_ON, taken, SETTLEMENT_QUOTA.VERSION)
                .from(MUNICIPALITY)
                .leftJoin(SETTLEMENT_QUOTA).on(SETTLEMENT_QUOTA.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)
                        .and(SETTLEMENT_QUOTA.YEAR.eq(year)))
                .where(SettlementScopeConditions.municipalities(scope, MUNICIPALITY.CODE))
                .orderBy(MUNICIPALITY.NAME, MUNICIPALITY.CODE)
                .offset(offset).limit(limit)
                .fetch(r -> new QuotaRow(r.value1(), r.value2(), year, r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value7() == null ? null : r.value7() - r.value10(),
                        r.value11() == null ? 0 : r.value11()));
    }

    int count(Scope scope) {
        return db.fetchCount(MUNICIPALITY, SettlementScopeConditions.municipalities(scope, MUNICIPALITY.CODE));
    }

    boolean reaches(Scope scope, String municipalityCode) {
        return db.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(municipalityCode)
                .and(SettlementScopeConditions.municipalities(scope, MUNICIPALITY.CODE)));
    }

    Optional<Integer> versionOf(String municipalityCode, int year) {
        return db.select(SETTLEMENT_QUOTA.VERSION).from(SETTLEMENT_QUOTA).where(key(municipalityCode, year))
                .fetchOptional(SETTLEMENT_QUOTA.VERSION);
    }

    long insertRequest(RequestForm form, int persons, int minors, LocalDate on, String by) {
        return db.insertInto(SETTLEMENT_QUOTA)
                .set(SETTLEMENT_QUOTA.MUNICIPALITY_CODE, form.municipalityCode())
                .set(SETTLEMENT_QUOTA.YEAR, form.year())
                .set(SETTLEMENT_QUOTA.REQUESTED_PERSONS, persons)
                .set(SETTLEMENT_QUOTA.REQUESTED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.REQUESTED_ON, on)
                .set(SETTLEMENT_QUOTA.REQUESTED_BY, by)
                .set(SETTLEMENT_QUOTA.NOTE, form.note() == null || form.note().isBlank() ? null : form.note().strip())
                .returning(SETTLEMENT_QUOTA.ID).fetchSingle(SETTLEMENT_QUOTA.ID);
    }

    Optional<Long> updateRequest(RequestForm form, int version, int persons, int minors, LocalDate on, String by) {
        return db.update(SETTLEMENT_QUOTA)
                .set(SETTLEMENT_QUOTA.REQUESTED_PERSONS, persons)
                .set(SETTLEMENT_QUOTA.REQUESTED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.REQUESTED_ON, on)
                .set(SETTLEMENT_QUOTA.REQUESTED_BY, by)
                .set(SETTLEMENT_QUOTA.NOTE, form.note() == null || form.note().isBlank() ? null : form.note().strip())
                .set(SETTLEMENT_QUOTA.VERSION, SETTLEMENT_QUOTA.VERSION.plus(1))
                .where(key(form.municipalityCode(), form.year()).and(SETTLEMENT_QUOTA.VERSION.eq(version)))
                .returning(SETTLEMENT_QUOTA.ID).fetchOptional(SETTLEMENT_QUOTA.ID);
    }

    Optional<Long> updateDecision(DecisionForm form, int persons, int minors, LocalDate on, String by) {
        return db.update(SETTLEMENT_QUOTA)
                .set(SETTLEMENT_QUOTA.DECIDED_PERSONS, persons)
                .set(SETTLEMENT_QUOTA.DECIDED_MINORS, minors)
                .set(SETTLEMENT_QUOTA.DECIDED_ON, on)
                .set(SETTLEMENT_QUOTA.DECIDED_BY, by)
                .set(SETTLEMENT_QUOTA.VERSION, SETTLEMENT_QUOTA.VERSION.plus(1))
                .where(key(form.municipalityCode(), form.year()).and(SETTLEMENT_QUOTA.VERSION.eq(form.version())))
                .returning(SETTLEMENT_QUOTA.ID).fetchOptional(SETTLEMENT_QUOTA.ID);
    }

    private static Condition key(String municipalityCode, int year) {
        return SETTLEMENT_QUOTA.MUNICIPALITY_CODE.eq(municipalityCode).and(SETTLEMENT_QUOTA.YEAR.eq(year));
    }

    /** Members of accepted proposals to the municipality whose settlement date falls in the year (settled or not). */
    private static Field<Integer> settledOrAccepted(int year) {
        return field(select(DSL.count()).from(SETTLEMENT_MEMBER)
                .join(SETTLEMENT_PROPOSAL).on(SETTLEMENT_PROPOSAL.ID.eq(SETTLEMENT_MEMBER.PROPOSAL_ID))
                .where(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)
                        .and(SETTLEMENT_PROPOSAL.STATE.eq("ACCEPTED"))
                        .and(extract(SETTLEMENT_MEMBER.SETTLEMENT_DATE, DatePart.YEAR).eq(year))));
    }
}
