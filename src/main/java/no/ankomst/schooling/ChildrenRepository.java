package no.ankomst.schooling;

import static no.ankomst.db.Tables.ACTIVITY_PARTICIPATION;
import static no.ankomst.db.Tables.CHILD_SCHOOLING;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.ankomst.db.tables.ChildSchooling;
import no.ankomst.db.tables.SchoolEnrolment;
import no.ankomst.db.tables.Stay;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.schooling.SchoolingRecords.ChildRow;
import no.ankomst.schooling.SchoolingRecords.SiteSchoolCounts;
import no.ankomst.schooling.SchoolingRules.ChildFacts;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The facts a child's schooling status is computed from, and the children list: children staying now at a site,
 * their status computed in the query from the same dates and rules as {@link SchoolingRules#status} (a test holds
 * the two together), filtered and paged in the database.
 */
@Repository
class ChildrenRepository {

    static final int CHILD_UNDER = 18;

    private final DSLContext db;
    private final SchoolingRules rules;

    ChildrenRepository(DSLContext db, SchoolingRules rules) {
        this.db = db;
        this.rules = rules;
    }

    /** Arrival: the person's arrival date, else their first check-in, else their first police registration. */
    static Field<LocalDate> arrival(Field<Long> personId, Field<LocalDate> arrivalDate) {
        Stay first = STAY.as("first_stay");
        return coalesce(arrivalDate,
                field(select(min(first.CHECKED_IN_ON)).from(first).where(first.PERSON_ID.eq(personId))),
                field(select(min(POLICE_REGISTRATION.REGISTERED_ON)).from(POLICE_REGISTRATION)
                        .where(POLICE_REGISTRATION.PERSON_ID.eq(personId))));
    }

    /** The latest end of an enrolment that did not complete year 10 (a move or leaving opens a new need). */
    static Field<LocalDate> reopenedOn(Field<Long> personId) {
        SchoolEnrolment ended = SCHOOL_ENROLMENT.as("reopening_enrolment");
        return field(select(max(ended.ENDED_ON)).from(ended).where(ended.PERSON_ID.eq(personId)
                .and(ended.END_REASON.ne(EndReason.COMPLETED_YEAR_10.name()))));
    }

    static Field<LocalDate> completedYear10On(Field<Long> personId) {
        SchoolEnrolment ended = SCHOOL_ENROLMENT.as("completing_enrolment");
        return field(select(min(ended.ENDED_ON)).from(ended).where(ended.PERSON_ID.eq(personId)
                .and(ended.END_REASON.eq(EndReason.COMPLETED_YEAR_10.name()))));
    }

    Optional<ChildFacts> facts(long personId) {
        return db.select(PERSON.BIRTH_DATE, arrival(PERSON.ID, PERSON.ARRIVAL_DATE).as("arrival"),
                        SCHOOL_ENROLMENT.STATE, reopenedOn(PERSON.ID).as("reopened_on"),
                        completedYear10On(PERSON.ID).as("completed_on"))
                .from(PERSON)
                .leftJoin(SCHOOL_ENROLMENT).on(SCHOOL_ENROLMENT.PERSON_ID.eq(PERSON.ID)
                        .and(SCHOOL_ENROLMENT.ENDED_ON.isNull()))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new ChildFacts(r.get(PERSON.BIRTH_DATE), r.get("arrival", LocalDate.class),
                        r.get(SCHOOL_ENROLMENT.STATE) == null ? null : EnrolmentState.valueOf(r.get(SCHOOL_ENROLMENT.STATE)),
                        r.get("reopened_on", LocalDate.class), r.get("completed_on", LocalDate.class)));
    }

    /** One page of the children list, by name. */
    List<ChildRow> page(Scope scope, ChildFilter filter, LocalDate today, int offset, int limit) {
        Table<?> children = children(scope, filter, today, true);
        return db.select(children.fields()).from(children)
                .where(matching(children, filter))
                .orderBy(lower(children.field("family_name", String.class)),
                        lower(children.field("given_names", String.class)), children.field("person_id", Long.class))
                .offset(offset).limit(limit)
                .fetch(ChildrenRepository::toRow);
    }

    int count(Scope scope, ChildFilter filter, LocalDate today) {
        return counts(scope, List.of(filter), today).getFirst();
    }

    /**
     * The count of each filter's list in one pass over the children (the worklist asks for three). The filters share
     * their site and ages: those choose the children; status and activity gap only sort them into the counts.
     */
    List<Integer> counts(Scope scope, List<ChildFilter> filters, LocalDate today) {
        ChildFilter first = filters.getFirst();
        for (ChildFilter each : filters) {
            if (!Objects.equals(each.siteId(), first.siteId()) || !Objects.equals(each.minAge(), first.minAge())
                    || !Objects.equals(each.maxAge(), first.maxAge())) {
                throw new IllegalArgumentException("counted together, filters share their site and ages");
            }
        }
        Table<?> children = children(scope, first, today, false);
        List<Field<Integer>> counts = filters.stream()
                .<Field<Integer>>map(f -> DSL.count().filterWhere(matching(children, f))).toList();
        Record record = db.select(counts).from(children).fetchSingle();
        return counts.stream().map(record::get).toList();
    }

    /**
     * Per site, the figures a weekly report freezes (reporting), in one pass over the same children and statuses
     * as the list: school age, enrolled or started, started within the start-by, late, kindergarten, activity.
     */
    List<SiteSchoolCounts> countsBySite(Scope scope, LocalDate today) {
        Table<?> c = children(scope, ChildFilter.ALL, today, false);
        Field<String> status = c.field("status", String.class);
        Field<String> open = c.field("open_state", String.class);
        Condition schoolAge = status.ne(inline(SchoolingStatus.NOT_SCHOOL_AGE.name()));
        return db.select(c.field("site_id", Long.class),
                        DSL.count().filterWhere(schoolAge),
                        DSL.count().filterWhere(schoolAge.and(open.in(EnrolmentState.ENROLLED.name(),
                                EnrolmentState.STARTED.name()))),
                        DSL.count().filterWhere(status.eq(inline(SchoolingStatus.STARTED.name()))),
                        DSL.count().filterWhere(c.field("started_in_time", Boolean.class).isTrue()),
                        DSL.count().filterWhere(status.eq(inline(SchoolingStatus.LATE.name()))),
                        DSL.count().filterWhere(c.field("in_kindergarten", Boolean.class).isTrue()),
                        DSL.count().filterWhere(c.field("activity_recent", Boolean.class).isTrue()),
                        DSL.count().filterWhere(c.field("activity_gap", Boolean.class).isTrue()))
                .from(c)
                .groupBy(c.field("site_id", Long.class))
                .fetch(r -> new SiteSchoolCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    private static Condition matching(Table<?> children, ChildFilter filter) {
        Condition matching = noCondition();
        if (filter.status() != null) {
            matching = matching.and(children.field("status", String.class).eq(filter.status().name()));
        }
        if (filter.activityGap()) {
            matching = matching.and(children.field("activity_gap", Boolean.class).isTrue());
        }
        return matching;
    }

    /**
     * The children staying now at the scope's sites, with their facts and status computed from dates. The facts come
     * from child_schooling, which the database keeps in step with stays, enrolments and places (V21): a site's children
     * are one range of one index. Names are joined only for a page of the list ({@code named}); counts need none.
     */
    private Table<?> children(Scope scope, ChildFilter filter, LocalDate today, boolean named) {
        ChildSchooling child = CHILD_SCHOOLING;
        Condition base = child.BIRTH_DATE.gt(today.minusYears(CHILD_UNDER));
        base = base.and(scope.coversAllSites() ? child.SITE_ID.isNotNull() : child.SITE_ID.in(scope.siteIds()));
        if (filter.siteId() != null) {
            base = base.and(child.SITE_ID.eq(filter.siteId()));
        }
        if (filter.minAge() != null) {
            base = base.and(child.BIRTH_DATE.le(today.minusYears(filter.minAge())));
        }
        if (filter.maxAge() != null) {
            base = base.and(child.BIRTH_DATE.gt(today.minusYears(filter.maxAge() + 1L)));
        }
        Field<LocalDate> since = val(today.minusDays(rules.activityGapDays() - 1L));
        // younger than seven: anyone who may not have reached school age yet, with a year to spare
        Condition belowSchoolAge = child.BIRTH_DATE.gt(today.minusYears(rules.schoolStartAge() + 1L));
        // a started place still open today (no open place, or one not started yet: not in kindergarten)
        Field<Boolean> inKindergarten = coalesce(field(child.KINDERGARTEN_STARTED_ON.le(today)), inline(false));
        Table<?> rows = named
                ? child.join(PERSON).on(PERSON.ID.eq(child.PERSON_ID)).join(SITE).on(SITE.ID.eq(child.SITE_ID))
                        .leftJoin(SCHOOL).on(SCHOOL.ID.eq(child.SCHOOL_ID))
                : child;
        Field<String> none = DSL.inline((String) null, SQLDataType.VARCHAR);
        Table<?> facts = db.select(
                        child.PERSON_ID.as("person_id"),
                        (named ? PERSON.FAMILY_NAME : none).as("family_name"),
                        (named ? PERSON.GIVEN_NAMES : none).as("given_names"), child.BIRTH_DATE.as("birth_date"),
                        (named ? SITE.NAME : none).as("site_name"), child.SITE_ID.as("site_id"),
                        child.STARTED_ON.as("started_on"), child.ARRIVAL.as("arrival"),
                        child.REOPENED_ON.as("reopened_on"), child.COMPLETED_YEAR_10_ON.as("completed_on"),
                        child.OPEN_STATE.as("open_state"), (named ? SCHOOL.NAME : none).as("school_name"),
                        // activity is looked up only for children it can matter for (a CASE evaluates only the branch
                        // taken): below school age and without a kindergarten place
                        when(belowSchoolAge.and(inKindergarten.isFalse()),
                                field(exists(selectOne().from(ACTIVITY_PARTICIPATION)
                                .where(ACTIVITY_PARTICIPATION.PERSON_ID.eq(child.PERSON_ID)
                                .and(ACTIVITY_PARTICIPATION.ON_DAY.between(since, val(today)))
                                .and(ACTIVITY_PARTICIPATION.HOURS.ge(java.math.BigDecimal.valueOf(rules.activityMinHours())))))))
                                .otherwise(inline(false)).as("activity_recent"),
                        inKindergarten.as("in_kindergarten"))
                .from(rows)
                .where(base)
                // a fence: each child's facts are computed once, not once per use in the status below
                .offset(inline(0))
                .asTable("child");
        Field<LocalDate> birth = facts.field("birth_date", LocalDate.class);
        Field<LocalDate> completed = facts.field("completed_on", LocalDate.class);
        Field<String> openState = facts.field("open_state", String.class);
        Field<LocalDate> from = field("make_date(extract(year from {0})::int + {1}, 1, 1)", SQLDataType.LOCALDATE,
                birth, inline(rules.schoolStartAge()));
        Field<LocalDate> until = field("make_date(extract(year from {0})::int + {1}, {2}, {3})",
                SQLDataType.LOCALDATE, birth, inline(rules.schoolEndAge()),
                inline(rules.schoolYearEnds().getMonthValue()), inline(rules.schoolYearEnds().getDayOfMonth()));
        Condition schoolAge = val(today).ge(from).and(val(today).le(until))
                .and(completed.isNull().or(val(today).lt(completed)));
        Field<LocalDate> needFrom = greatest(from, coalesce(facts.field("arrival", LocalDate.class), from),
                coalesce(facts.field("reopened_on", LocalDate.class), from));
        Field<LocalDate> startBy = field("({0} + make_interval(months => case when {0} >= {1} and {0} < {2} "
                        + "then {3} else {4} end))::date", SQLDataType.LOCALDATE, needFrom,
                val(rules.temporaryFrom()), val(rules.temporaryUntil()), inline(rules.temporaryStartByMonths()),
                inline(rules.startByMonths()));
        Field<String> status = when(not(schoolAge), inline(SchoolingStatus.NOT_SCHOOL_AGE.name()))
                .when(openState.eq(EnrolmentState.STARTED.name()), inline(SchoolingStatus.STARTED.name()))
                .when(val(today).gt(startBy), inline(SchoolingStatus.LATE.name()))
                .when(val(today).ge(field("({0} - {1})", SQLDataType.LOCALDATE, startBy, inline(rules.soonLateDays()))),
                        inline(SchoolingStatus.SOON_LATE.name()))
                .when(openState.eq(EnrolmentState.ENROLLED.name()), inline(SchoolingStatus.ENROLLED.name()))
                .otherwise(inline(SchoolingStatus.NEEDS_SCHOOL.name()));
        Condition gap = birth.le(today.minusYears(rules.activityFromAge())).and(val(today).lt(from))
                .and(not(facts.field("activity_recent", Boolean.class)))
                .and(not(facts.field("in_kindergarten", Boolean.class)));
        return db.select(facts.fields())
                .select(status.as("status"),
                        when(schoolAge, startBy).otherwise(field("null::date", SQLDataType.LOCALDATE)).as("start_by"),
                        field(gap).as("activity_gap"),
                        field(schoolAge.and(facts.field("started_on", LocalDate.class).le(startBy)))
                                .as("started_in_time"))
                .from(facts)
                .asTable("child_status");
    }

    private static ChildRow toRow(Record r) {
        String open = r.get("open_state", String.class);
        return new ChildRow(r.get("person_id", Long.class), r.get("family_name", String.class),
                r.get("given_names", String.class), r.get("birth_date", LocalDate.class),
                r.get("site_name", String.class), SchoolingStatus.valueOf(r.get("status", String.class)),
                r.get("start_by", LocalDate.class), open == null ? null : EnrolmentState.valueOf(open),
                r.get("school_name", String.class), Boolean.TRUE.equals(r.get("activity_gap", Boolean.class)));
    }
}
