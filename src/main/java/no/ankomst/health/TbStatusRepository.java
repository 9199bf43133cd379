package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.Stay;
import no.ankomst.health.TbRecords.Appointment;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbRow;
import no.ankomst.health.TbRecords.TbSummary;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Status reads: one person's summary and the TB list. Nothing here reads a result's outcome beyond "done"
 * ({@link TbStatusConditions#done}), so these reads are for everyone who reads the resident.
 */
@Repository
class TbStatusRepository {

    private static final Person P = PERSON;
    private static final Stay ST = STAY.as("tb_list_stay");

    private final DSLContext db;
    private final TbStatusConditions tb;
    private final ResidentScopeConditions scopes;
    private final TbRules rules;

    TbStatusRepository(DSLContext db, TbStatusConditions tb, ResidentScopeConditions scopes, TbRules rules) {
        this.db = db;
        this.tb = tb;
        this.scopes = scopes;
        this.rules = rules;
    }

    /** Whether the scope reads the person (the residents' definition); merged duplicates not. */
    boolean visible(Scope scope, long personId) {
        return db.fetchExists(P, P.ID.eq(personId).and(P.MERGED_INTO.isNull()).and(scopes.visibleTo(scope, P.ID)));
    }

    Optional<TbSummary> summary(long personId, LocalDate today) {
        return db.select(P.ID, tb.status(P, today), tb.dueDate(P), TB_APPOINTMENT.ID, TB_APPOINTMENT.DAY,
                        TB_CLINIC.NAME, TB_APPOINTMENT.TEST_TYPE)
                .from(P)
                .leftJoin(TB_APPOINTMENT).on(TB_APPOINTMENT.PERSON_ID.eq(P.ID).and(TB_APPOINTMENT.STATE.eq("BOOKED")))
                .leftJoin(TB_CLINIC).on(TB_CLINIC.ID.eq(TB_APPOINTMENT.CLINIC_ID))
                .where(P.ID.eq(personId))
                .fetchOptional(r -> new TbSummary(r.value1(), TbStatus.valueOf(r.value2()), r.value3(),
                        r.value4() == null ? null : new Appointment(r.value4(), r.value5(), r.value6(),
                                TbTest.valueOf(r.value7()))));
    }

    /**
     * One page of the TB list, soonest due first (people without a basis date last). Scoped to the people the
     * user's sites follow ({@link TbStatusConditions#followingStay}); a whole-country scope sees everyone with a stay.
     */
    List<TbRow> page(Scope scope, TbFilter filter, LocalDate today, int offset, int limit) {
        Field<LocalDate> due = tb.dueDate(P);
        Field<String> incidence = tb.incidence(P.CITIZENSHIPS, today);
        return from(db.select(P.ID, P.FAMILY_NAME, P.GIVEN_NAMES, SITE.NAME, tb.basisDate(P), due, tb.status(P, today),
                        TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE, field(tb.resultPending(P.ID, today)), P.BIRTH_DATE,
                        incidence))
                .join(SITE).on(SITE.ID.eq(ST.SITE_ID))
                .where(where(scope, filter, today))
                .orderBy(due.asc().nullsLast(), P.ID)
                .offset(offset).limit(limit)
                .fetch(r -> {
                    LocalDate appointmentDay = r.value8();
                    TbTest test = r.value9() != null ? TbTest.valueOf(r.value9())
                            : rules.testFor(r.value11(), Incidence.valueOf(r.value12()), today);
                    return new TbRow(r.value1(), r.value2() + ", " + r.value3(), r.value4(), r.value5(), r.value6(),
                            TbStatus.valueOf(r.value7()), appointmentDay, test, Boolean.TRUE.equals(r.value10()));
                });
    }

    int count(Scope scope, TbFilter filter, LocalDate today) {
        return from(db.selectCount()).where(where(scope, filter, today)).fetchSingle().value1();
    }

    private static <R extends Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        // driven from the stays by site (one following stay per person: no duplicates), then the person by key
        return select.from(ST).join(P).on(P.ID.eq(ST.PERSON_ID)).leftJoin(TB_APPOINTMENT)
                .on(TB_APPOINTMENT.PERSON_ID.eq(P.ID).and(TB_APPOINTMENT.STATE.eq(inline("BOOKED"))));
    }

    private Condition where(Scope scope, TbFilter filter, LocalDate today) {
        Condition where = P.MERGED_INTO.isNull().and(tb.followingStay(ST))
                .and(scope.coversAllSites() ? noCondition() : ST.SITE_ID.in(scope.siteIds()));
        if (filter.siteId() != null) {
            where = where.and(ST.SITE_ID.eq(filter.siteId()));
        }
        where = where.and(tb.statusIn(P, filter.statuses(), today));
        where = where.and(dueBetween(filter.dueFrom(), filter.dueTo()));
        if (filter.resultPending()) {
            where = where.and(tb.resultPending(P.ID, today));
        }
        if (filter.suspectedActive()) {
            where = where.and(tb.suspectedActiveOpen(P.ID));
        }
        return where;
    }

    private Condition dueBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        Condition condition = noCondition();
        if (from != null) {
            condition = condition.and(tb.dueDate(P).ge(from));
        }
        if (to != null) {
            condition = condition.and(tb.dueDate(P).le(to));
        }
        return condition;
    }
}
