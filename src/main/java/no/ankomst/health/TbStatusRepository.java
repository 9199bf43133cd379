package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.TB_SCREENING;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_CLINIC;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.TbScreening;
import no.ankomst.health.TbRecords.Appointment;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbRow;
import no.ankomst.health.TbRecords.TbSummary;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Status reads: one person's summary and the TB list. Nothing here reads a result's outcome beyond "done"
 * ({@link TbStatusConditions#done}), so these reads are for everyone who reads the resident.
 */
@Repository
class TbStatusRepository {

    private static final Person P = PERSON;
    private static final TbScreening S = TB_SCREENING;
    private static final String DUE = "due_date";
    private static final String STATUS = "status";

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
     * user's sites follow (the kept {@code tb_screening.site_id}: an open stay there, or a last stay there that
     * ended in private housing); a whole-country scope sees everyone followed anywhere.
     */
    List<TbRow> page(Scope scope, TbFilter filter, LocalDate today, int offset, int limit) {
        // the page is chosen from the screening rows alone (an index-only range by site), then only its rows are
        // joined to the person, site and appointment: sorting first keeps the joins to one page of rows
        Table<?> chosen = db.select(S.PERSON_ID, S.SITE_ID, S.BASIS_DATE, tb.dueDate(S.BASIS_DATE).as(DUE),
                        tb.status(S, today).as(STATUS))
                .from(S)
                .where(where(scope, filter, today))
                .orderBy(tb.dueDate(S.BASIS_DATE).asc().nullsLast(), S.PERSON_ID)
                .offset(offset).limit(limit)
                .asTable("tb_page");
        Field<Long> personId = chosen.field(S.PERSON_ID);
        Field<LocalDate> due = chosen.field(DUE, LocalDate.class);
        Field<String> incidence = tb.incidence(P.CITIZENSHIPS, today);
        return db.select(P.ID, P.FAMILY_NAME, P.GIVEN_NAMES, SITE.NAME, chosen.field(S.BASIS_DATE), due,
                        chosen.field(STATUS, String.class), TB_APPOINTMENT.DAY, TB_APPOINTMENT.TEST_TYPE,
                        field(tb.resultPending(P.ID, today)), P.BIRTH_DATE, incidence)
                .from(chosen)
                .join(P).on(P.ID.eq(personId))
                .join(SITE).on(SITE.ID.eq(chosen.field(S.SITE_ID)))
                .leftJoin(TB_APPOINTMENT)
                .on(TB_APPOINTMENT.PERSON_ID.eq(P.ID).and(TB_APPOINTMENT.STATE.eq(inline("BOOKED"))))
                .orderBy(due.asc().nullsLast(), personId)
                .fetch(r -> {
                    LocalDate appointmentDay = r.value8();
                    TbTest test = r.value9() != null ? TbTest.valueOf(r.value9())
                            : rules.testFor(r.value11(), Incidence.valueOf(r.value12()), today);
                    return new TbRow(r.value1(), r.value2() + ", " + r.value3(), r.value4(), r.value5(), r.value6(),
                            TbStatus.valueOf(r.value7()), appointmentDay, test, Boolean.TRUE.equals(r.value10()));
                });
    }

    int count(Scope scope, TbFilter filter, LocalDate today) {
        return counts(scope, List.of(filter), today).getFirst();
    }

    /**
     * The count of each filter's list, in one pass over the scope's screenings (the worklist asks for four). At most
     * one booked appointment per person, so the list's appointment join adds no rows and the count needs none.
     */
    List<Integer> counts(Scope scope, List<TbFilter> filters, LocalDate today) {
        List<Field<Integer>> counts = filters.stream()
                .<Field<Integer>>map(f -> DSL.count().filterWhere(matching(f, today))).toList();
        Record record = db.select(counts).from(S).where(tb.followedBy(S, scope.coversAllSites(), scope.siteIds()))
                .fetchSingle();
        return counts.stream().map(record::get).toList();
    }

    private Condition where(Scope scope, TbFilter filter, LocalDate today) {
        return tb.followedBy(S, scope.coversAllSites(), scope.siteIds()).and(matching(filter, today));
    }

    private Condition matching(TbFilter filter, LocalDate today) {
        Condition where = noCondition();
        if (filter.siteId() != null) {
            where = where.and(S.SITE_ID.eq(filter.siteId()));
        }
        where = where.and(tb.statusIn(S, filter.statuses(), today));
        where = where.and(dueBetween(filter.dueFrom(), filter.dueTo()));
        if (filter.resultPending()) {
            // only a booked screening has an open appointment
            where = where.and(S.STATE.eq(inline(TbStatus.BOOKED.name()))).and(tb.resultPending(S.PERSON_ID, today));
        }
        if (filter.suspectedActive()) {
            where = where.and(tb.suspectedActiveOpen(S.PERSON_ID));
        }
        return where;
    }

    private Condition dueBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        Condition condition = noCondition();
        if (from != null) {
            condition = condition.and(tb.dueDate(S.BASIS_DATE).ge(from));
        }
        if (to != null) {
            condition = condition.and(tb.dueDate(S.BASIS_DATE).le(to));
        }
        return condition;
    }
}
