package no.ankomst.introduction;

import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.records.IntroductionRightRecord;
import no.ankomst.introduction.IntroductionRecords.Content;
import no.ankomst.introduction.IntroductionRecords.LanguageTraining;
import no.ankomst.introduction.IntroductionRecords.Orientation;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.introduction.IntroductionRecords.ParticipantRow;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionRecords.Step;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Rights to the introduction programme: the scope (a coordinator's municipality, everything for managers, nothing
 * for anyone else) is a condition of every read, and the status is computed in the query from the same dates and
 * rules as {@link IntroductionRules#status}.
 */
@Repository
class IntroductionRepository {

    private static final List<String> NOT_STARTED = List.of(ParticipationState.NOT_OFFERED.name(),
            ParticipationState.OFFERED.name());

    private final DSLContext db;
    private final IntroductionRules rules;

    IntroductionRepository(DSLContext db, IntroductionRules rules) {
        this.db = db;
        this.rules = rules;
    }

    /** The rights a scope reaches: its municipality for a coordinator, all for a manager, none otherwise. */
    static Condition inScope(Scope scope) {
        if (scope.role() == Role.MANAGER) {
            return noCondition();
        }
        if (scope.role() == Role.SETTLEMENT_COORDINATOR && scope.municipalityCode() != null) {
            return INTRODUCTION_RIGHT.MUNICIPALITY_CODE.eq(scope.municipalityCode());
        }
        return falseCondition();
    }

    /** The computed status, the same rule as {@link IntroductionRules#status} (a test holds the two together). */
    Field<String> status(LocalDate today) {
        Field<String> state = INTRODUCTION_RIGHT.STATE;
        return when(state.in(ParticipationState.STARTED.name(), ParticipationState.PAUSED.name()),
                        inline(IntroductionStatus.IN_PROGRESS.name()))
                .when(state.eq(ParticipationState.COMPLETED.name()), inline(IntroductionStatus.COMPLETED.name()))
                .when(state.eq(ParticipationState.DECLINED.name()), inline(IntroductionStatus.DECLINED.name()))
                .when(INTRODUCTION_RIGHT.START_BY.lt(val(today)), inline(IntroductionStatus.LATE.name()))
                .when(INTRODUCTION_RIGHT.START_BY.le(val(today.plusDays(rules.nearLateDays()))),
                        inline(IntroductionStatus.NEAR_LATE.name()))
                .when(state.eq(ParticipationState.OFFERED.name()), inline(IntroductionStatus.OFFERED.name()))
                .otherwise(inline(IntroductionStatus.NOT_OFFERED.name()));
    }

    /** The status as a condition on the stored columns, so a filter uses the indexes on state and start_by. */
    Condition hasStatus(IntroductionStatus status, LocalDate today) {
        LocalDate nearFrom = today.plusDays(rules.nearLateDays());
        Condition notStarted = INTRODUCTION_RIGHT.STATE.in(NOT_STARTED);
        return switch (status) {
            case LATE -> notStarted.and(INTRODUCTION_RIGHT.START_BY.lt(today));
            case NEAR_LATE -> notStarted.and(INTRODUCTION_RIGHT.START_BY.between(today, nearFrom));
            case NOT_OFFERED, OFFERED -> INTRODUCTION_RIGHT.STATE.eq(status.name())
                    .and(INTRODUCTION_RIGHT.START_BY.gt(nearFrom));
            case IN_PROGRESS -> INTRODUCTION_RIGHT.STATE.in(ParticipationState.STARTED.name(),
                    ParticipationState.PAUSED.name());
            case COMPLETED, DECLINED -> INTRODUCTION_RIGHT.STATE.eq(status.name());
        };
    }

    private Condition listed(Scope scope, ParticipantFilter filter, LocalDate today) {
        Condition where = inScope(scope).and(PERSON.MERGED_INTO.isNull());
        if (filter.state() != null) {
            where = where.and(INTRODUCTION_RIGHT.STATE.eq(filter.state().name()));
        }
        if (filter.status() != null) {
            where = where.and(hasStatus(filter.status(), today));
        }
        return where;
    }

    /** One page of the participants list, the most pressing start-by first. */
    List<ParticipantRow> page(Scope scope, ParticipantFilter filter, LocalDate today, int offset, int limit) {
        return db.select(INTRODUCTION_RIGHT.PERSON_ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.BIRTH_DATE,
                        INTRODUCTION_RIGHT.MUNICIPALITY_CODE, INTRODUCTION_RIGHT.AROSE_ON, INTRODUCTION_RIGHT.BASIS,
                        INTRODUCTION_RIGHT.START_BY, INTRODUCTION_RIGHT.STATE, status(today).as("status"))
                .from(INTRODUCTION_RIGHT).join(PERSON).on(PERSON.ID.eq(INTRODUCTION_RIGHT.PERSON_ID))
                .where(listed(scope, filter, today))
                .orderBy(INTRODUCTION_RIGHT.START_BY, INTRODUCTION_RIGHT.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new ParticipantRow(r.get(INTRODUCTION_RIGHT.PERSON_ID), r.get(PERSON.FAMILY_NAME),
                        r.get(PERSON.GIVEN_NAMES), r.get(PERSON.BIRTH_DATE),
                        r.get(INTRODUCTION_RIGHT.MUNICIPALITY_CODE), r.get(INTRODUCTION_RIGHT.AROSE_ON),
                        Basis.valueOf(r.get(INTRODUCTION_RIGHT.BASIS)), r.get(INTRODUCTION_RIGHT.START_BY),
                        ParticipationState.valueOf(r.get(INTRODUCTION_RIGHT.STATE)),
                        IntroductionStatus.valueOf(r.get("status", String.class))));
    }

    int count(Scope scope, ParticipantFilter filter, LocalDate today) {
        return db.selectCount().from(INTRODUCTION_RIGHT).join(PERSON).on(PERSON.ID.eq(INTRODUCTION_RIGHT.PERSON_ID))
                .where(listed(scope, filter, today)).fetchSingle().value1();
    }

    /** The person's right, if the scope reaches it. */
    Optional<RightRow> right(Scope scope, long personId, LocalDate today) {
        return db.selectFrom(INTRODUCTION_RIGHT)
                .where(INTRODUCTION_RIGHT.PERSON_ID.eq(personId).and(inScope(scope)))
                .fetchOptional(r -> toRow(r, today));
    }

    Optional<RightRow> rightById(Scope scope, long id, LocalDate today) {
        return db.selectFrom(INTRODUCTION_RIGHT)
                .where(INTRODUCTION_RIGHT.ID.eq(id).and(inScope(scope)))
                .fetchOptional(r -> toRow(r, today));
    }

    boolean exists(Scope scope, long personId) {
        return db.fetchExists(selectOne().from(INTRODUCTION_RIGHT)
                .where(INTRODUCTION_RIGHT.PERSON_ID.eq(personId).and(inScope(scope))));
    }

    record PersonFacts(String name, LocalDate birthDate) {
    }

    /** Name and birth date of a person who lives on (not merged away). */
    Optional<PersonFacts> person(long personId) {
        return db.select(PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.BIRTH_DATE).from(PERSON)
                .where(PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNull()))
                .fetchOptional(r -> new PersonFacts(r.value1() + ", " + r.value2(), r.value3()));
    }

    /** Birth dates of those of {@code personIds} who live on (a merged duplicate gets no right). */
    Map<Long, LocalDate> birthDates(Collection<Long> personIds) {
        return db.select(PERSON.ID, PERSON.BIRTH_DATE).from(PERSON)
                .where(PERSON.ID.in(personIds).and(PERSON.MERGED_INTO.isNull()))
                .fetchMap(PERSON.ID, PERSON.BIRTH_DATE);
    }

    /**
     * A parent: head, spouse or cohabitant of a household with a child in it (the household's relations are all
     * the register knows of parenthood).
     */
    boolean isParent(long personId) {
        Person child = PERSON.as("child");
        return db.fetchExists(selectOne().from(PERSON).join(child).on(child.HOUSEHOLD_ID.eq(PERSON.HOUSEHOLD_ID))
                .where(PERSON.ID.eq(personId)
                        .and(PERSON.RELATION_TO_HEAD.in("HEAD", "SPOUSE", "COHABITANT"))
                        .and(child.RELATION_TO_HEAD.eq("CHILD")).and(child.MERGED_INTO.isNull())));
    }

    /** Settled person without a right, of age by {@code bornOnOrBefore}, as the daily job looks for them. */
    record Settled(long personId, String municipalityCode, LocalDate settledOn, LocalDate birthDate) {
    }

    /**
     * Settled persons who have no right yet and are at least the minimum age today and were not over the maximum
     * when settled (roughly: {@link IntroductionRules#arisesOn} decides on each).
     */
    List<Settled> settledWithoutRight(LocalDate today) {
        return db.select(PERSON_MUNICIPALITY.PERSON_ID, PERSON_MUNICIPALITY.MUNICIPALITY_CODE,
                        PERSON_MUNICIPALITY.SETTLED_ON, PERSON.BIRTH_DATE)
                .from(PERSON_MUNICIPALITY).join(PERSON).on(PERSON.ID.eq(PERSON_MUNICIPALITY.PERSON_ID))
                .where(PERSON.MERGED_INTO.isNull())
                .and(PERSON.BIRTH_DATE.le(today.minusYears(rules.minAge())))
                .and(PERSON.BIRTH_DATE.gt(field("({0} - make_interval(years => {1}))::date", SQLDataType.LOCALDATE,
                        PERSON_MUNICIPALITY.SETTLED_ON, inline(rules.maxAge() + 1))))
                .andNotExists(selectOne().from(INTRODUCTION_RIGHT)
                        .where(INTRODUCTION_RIGHT.PERSON_ID.eq(PERSON_MUNICIPALITY.PERSON_ID)))
                .fetch(r -> new Settled(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Creates the right unless the person has one: the id, or empty when it was there already. */
    Optional<Long> insertRight(long personId, String municipalityCode, LocalDate arose, String createdBy) {
        return db.insertInto(INTRODUCTION_RIGHT)
                .set(INTRODUCTION_RIGHT.PERSON_ID, personId)
                .set(INTRODUCTION_RIGHT.MUNICIPALITY_CODE, municipalityCode)
                .set(INTRODUCTION_RIGHT.AROSE_ON, arose)
                .set(INTRODUCTION_RIGHT.BASIS, rules.basisOn(arose).name())
                .set(INTRODUCTION_RIGHT.START_BY, rules.startBy(arose))
                .set(INTRODUCTION_RIGHT.CREATED_BY, createdBy)
                .onConflict(INTRODUCTION_RIGHT.PERSON_ID).doNothing()
                .returning(INTRODUCTION_RIGHT.ID).fetchOptional(INTRODUCTION_RIGHT.ID);
    }

    /**
     * A step on {@code day} for the right as last read ({@code version}): false when someone else changed it since.
     * Starting again after a pause records the day as resumed; a pause clears the last resumption.
     */
    boolean step(long id, int version, Step step, ParticipationState to, boolean resuming, LocalDate day,
                 String actor, @Nullable String reason) {
        UpdateSetMoreStep<IntroductionRightRecord> update = db.update(INTRODUCTION_RIGHT)
                .set(INTRODUCTION_RIGHT.STATE, to.name())
                .set(INTRODUCTION_RIGHT.VERSION, INTRODUCTION_RIGHT.VERSION.plus(1));
        update = switch (step) {
            case OFFER -> update.set(INTRODUCTION_RIGHT.OFFERED_ON, day);
            case START -> update.set(resuming ? INTRODUCTION_RIGHT.RESUMED_ON : INTRODUCTION_RIGHT.STARTED_ON, day);
            case PAUSE -> update.set(INTRODUCTION_RIGHT.PAUSED_ON, day)
                    .set(INTRODUCTION_RIGHT.RESUMED_ON, (LocalDate) null);
            case COMPLETE -> update.set(INTRODUCTION_RIGHT.COMPLETED_ON, day);
            case DECLINE -> update.set(INTRODUCTION_RIGHT.DECLINED_ON, day)
                    .set(INTRODUCTION_RIGHT.DECLINED_BY, actor)
                    .set(INTRODUCTION_RIGHT.DECLINE_REASON, reason);
        };
        return update.where(INTRODUCTION_RIGHT.ID.eq(id).and(INTRODUCTION_RIGHT.VERSION.eq(version))).execute() == 1;
    }

    boolean content(long id, int version, Content content) {
        return db.update(INTRODUCTION_RIGHT)
                .set(INTRODUCTION_RIGHT.ORIENTATION, content.orientation() == null ? null : content.orientation().name())
                .set(INTRODUCTION_RIGHT.LANGUAGE_TRAINING, content.language() == null ? null : content.language().name())
                .set(INTRODUCTION_RIGHT.PARENTING_GUIDANCE, content.parentingGuidance())
                .set(INTRODUCTION_RIGHT.VERSION, INTRODUCTION_RIGHT.VERSION.plus(1))
                .where(INTRODUCTION_RIGHT.ID.eq(id).and(INTRODUCTION_RIGHT.VERSION.eq(version))).execute() == 1;
    }

    private RightRow toRow(IntroductionRightRecord r, LocalDate today) {
        ParticipationState state = ParticipationState.valueOf(r.getState());
        Content content = new Content(r.getOrientation() == null ? null : Orientation.valueOf(r.getOrientation()),
                r.getLanguageTraining() == null ? null : LanguageTraining.valueOf(r.getLanguageTraining()),
                r.getParentingGuidance());
        return new RightRow(r.getId(), r.getPersonId(), r.getMunicipalityCode(), r.getAroseOn(),
                Basis.valueOf(r.getBasis()), r.getStartBy(), state, rules.status(state, r.getStartBy(), today),
                r.getOfferedOn(), r.getStartedOn(), r.getPausedOn(), r.getResumedOn(), r.getCompletedOn(),
                r.getDeclinedOn(), r.getDeclinedBy(), r.getDeclineReason(), content, r.getVersion());
    }
}
