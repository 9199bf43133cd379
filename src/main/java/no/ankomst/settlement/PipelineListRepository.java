package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SITE;
import org.jooq.impl.DSL;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ankomst.security.Scope;
import no.ankomst.settlement.PipelineRecords.Due;
import no.ankomst.settlement.PipelineRecords.PipelineCounts;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import no.ankomst.settlement.PipelineRecords.PipelineRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The pipeline read from settlement_household alone (its state/target and site indexes), so the counts stay cheap
 * at 500,000 residents; names are joined only for the page shown.
 */
@Repository
class PipelineListRepository {

    private final DSLContext db;

    PipelineListRepository(DSLContext db) {
        this.db = db;
    }

    private static Condition scope(Scope scope) {
        return SettlementScopeConditions.households(scope, SETTLEMENT_HOUSEHOLD.COUNTY_CODE,
                SETTLEMENT_HOUSEHOLD.SITE_ID);
    }

    static Condition due(@org.jspecify.annotations.Nullable Due due, LocalDate today, int nearDays) {
        if (due == null) {
            return noCondition();
        }
        Condition open = SETTLEMENT_HOUSEHOLD.STATE.ne(SettlementState.SETTLED.name());
        return due == Due.PAST ? open.and(SETTLEMENT_HOUSEHOLD.TARGET_DATE.lt(today))
                : open.and(SETTLEMENT_HOUSEHOLD.TARGET_DATE.between(today, today.plusDays(nearDays)));
    }

    private static Condition matching(Scope scope, PipelineFilter filter, LocalDate today, int nearDays) {
        Condition condition = scope(scope).and(due(filter.due(), today, nearDays));
        if (filter.state() != null) {
            condition = condition.and(SETTLEMENT_HOUSEHOLD.STATE.eq(filter.state().name()));
        }
        if (filter.countyCode() != null) {
            condition = condition.and(SETTLEMENT_HOUSEHOLD.COUNTY_CODE.eq(filter.countyCode()));
        }
        return condition;
    }

    /** Per state, and near and past the target, in one pass over the scope's rows (an index-only scan, V20). */
    PipelineCounts counts(Scope scope, LocalDate today, int nearDays) {
        Map<SettlementState, Integer> perState = new EnumMap<>(SettlementState.class);
        for (SettlementState state : SettlementState.values()) {
            perState.put(state, 0);
        }
        int[] near = {0};
        int[] past = {0};
        db.select(SETTLEMENT_HOUSEHOLD.STATE, DSL.count(), DSL.count().filterWhere(due(Due.NEAR, today, nearDays)),
                        DSL.count().filterWhere(due(Due.PAST, today, nearDays)))
                .from(SETTLEMENT_HOUSEHOLD).where(scope(scope))
                .groupBy(SETTLEMENT_HOUSEHOLD.STATE)
                .forEach(r -> {
                    perState.put(SettlementState.valueOf(r.value1()), r.value2());
                    near[0] += r.value3();
                    past[0] += r.value4();
                });
        return new PipelineCounts(perState, near[0], past[0]);
    }

    int count(Scope scope, PipelineFilter filter, LocalDate today, int nearDays) {
        return db.fetchCount(SETTLEMENT_HOUSEHOLD, matching(scope, filter, today, nearDays));
    }

    /** Ordered by target date (soonest first, households without a target last), then household. */
    List<PipelineRow> page(Scope scope, PipelineFilter filter, LocalDate today, int nearDays, int offset, int limit) {
        var head = PERSON.as("head");
        var headId = field(select(head.ID).from(head).where(head.HOUSEHOLD_ID.eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                .and(head.MERGED_INTO.isNull())).orderBy(head.RELATION_TO_HEAD.eq("HEAD").desc(), head.ID).limit(1));
        var members = field(selectCount().from(PERSON).where(PERSON.HOUSEHOLD_ID.eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                .and(PERSON.MERGED_INTO.isNull())));
        var page = db.select(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, SETTLEMENT_HOUSEHOLD.STATE,
                        SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, SETTLEMENT_HOUSEHOLD.TARGET_DATE,
                        SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, SITE.NAME, SETTLEMENT_HOUSEHOLD.COUNTY_CODE, headId,
                        members)
                .from(SETTLEMENT_HOUSEHOLD)
                .leftJoin(SITE).on(SITE.ID.eq(SETTLEMENT_HOUSEHOLD.SITE_ID))
                .where(matching(scope, filter, today, nearDays))
                .orderBy(SETTLEMENT_HOUSEHOLD.TARGET_DATE.asc().nullsLast(), SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                .offset(offset).limit(limit)
                .fetch();
        List<Long> headIds = page.stream().map(r -> r.value8()).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> names = db.select(PERSON.ID, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME).from(PERSON)
                .where(PERSON.ID.in(headIds)).fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
        return page.stream().map(r -> new PipelineRow(r.value1(), r.value8() == null ? 0 : r.value8(),
                r.value8() == null ? "" : names.getOrDefault(r.value8(), ""), r.value9(),
                SettlementState.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()))
                .toList();
    }
}
