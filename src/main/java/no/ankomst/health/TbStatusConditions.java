package no.ankomst.health;

import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static no.ankomst.db.Tables.TB_INCIDENCE;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.Stay;
import no.ankomst.db.tables.TbAppointment;
import no.ankomst.db.tables.TbIncidence;
import no.ankomst.db.tables.TbReferral;
import no.ankomst.db.tables.TbResult;
import no.ankomst.db.tables.TbScreening;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * A person's TB screening as query pieces, computed when read for a given day (issue 10: correctness never waits
 * for a job): the basis date (arrival, else the first police registration), the due date by {@link TbRules}, the
 * {@link TbStatus}, the conditions the lists, the worklist and the booking job filter on, the incidence class,
 * and the health site (whose health staff follow the person). Only repositories use it (an architecture rule,
 * like the scope conditions). The status pieces read of {@code tb_result} only whether the latest result completes
 * the screening, never which outcome it was.
 */
@Component
public class TbStatusConditions {

    /** "Due" means due within this many days from today (today and the seventh day included). */
    public static final int DUE_WITHIN_DAYS = 7;

    /** The kept state of a screening whose deadline counts (none of done, referred, booked). */
    private static final String OPEN = "OPEN";

    private static final String[] COMPLETING = Arrays.stream(TbOutcome.values())
            .filter(TbOutcome::completesScreening).map(Enum::name).toArray(String[]::new);

    private final TbRules rules;

    TbStatusConditions(TbRules rules) {
        this.rules = rules;
    }

    /** The day the deadline counts from: the arrival date, else the first police registration; null if neither. */
    public Field<LocalDate> basisDate(Person person) {
        return coalesce(person.ARRIVAL_DATE,
                field(select(min(POLICE_REGISTRATION.REGISTERED_ON)).from(POLICE_REGISTRATION)
                        .where(POLICE_REGISTRATION.PERSON_ID.eq(person.ID))));
    }

    /** The last day to be screened: the basis plus the rule's days (the 2022 window's extended deadline). */
    public Field<LocalDate> dueDate(Person person) {
        return dueDate(basisDate(person));
    }

    /** The last day to be screened for a basis date; null without one. */
    public Field<LocalDate> dueDate(Field<LocalDate> basis) {
        Field<Integer> days = when(basis.between(val(rules.extensionFrom()), val(rules.extensionTo())),
                inline(rules.extendedDeadlineDays())).otherwise(inline(rules.deadlineDays()));
        return field("({0} + {1})", SQLDataType.LOCALDATE, basis, days);
    }

    /** The latest result's outcome name, or null; for health reads only (the status uses {@link #done}). */
    Field<String> latestOutcome(Field<Long> personId) {
        TbResult r = TB_RESULT.as("tb_latest_result");
        return field(select(r.OUTCOME).from(r).where(r.PERSON_ID.eq(personId))
                .orderBy(r.RECORDED_AT.desc(), r.ID.desc()).limit(1));
    }

    /** The latest result completes the screening (a did-not-attend as the latest does not). Never null. */
    public Condition done(Field<Long> personId) {
        return coalesce(latestOutcome(personId), inline("NONE")).in(COMPLETING);
    }

    /** An open referral to the municipal health service (private housing). */
    public Condition referred(Field<Long> personId) {
        TbReferral f = TB_REFERRAL.as("tb_status_referral");
        return exists(selectOne().from(f).where(f.PERSON_ID.eq(personId).and(f.REASON.eq("PRIVATE_HOUSING"))
                .and(f.FOLLOWED_UP_ON.isNull())));
    }

    /** An appointment in state BOOKED (at most one per person). */
    public Condition booked(Field<Long> personId) {
        TbAppointment a = TB_APPOINTMENT.as("tb_status_appointment");
        return exists(selectOne().from(a).where(a.PERSON_ID.eq(personId).and(a.STATE.eq("BOOKED"))));
    }

    /** Not done, not referred, not booked: the person's deadline is what counts. */
    private Condition open(Field<Long> personId) {
        return not(done(personId)).and(not(referred(personId))).and(not(booked(personId)));
    }

    /** The status on {@code today}, as the name of a {@link TbStatus}. */
    public Field<String> status(Person person, LocalDate today) {
        Field<LocalDate> due = dueDate(person);
        return when(done(person.ID), inline(TbStatus.DONE.name()))
                .when(referred(person.ID), inline(TbStatus.REFERRED.name()))
                .when(booked(person.ID), inline(TbStatus.BOOKED.name()))
                .when(due.lt(val(today)), inline(TbStatus.OVERDUE.name()))
                .when(due.le(val(today.plusDays(DUE_WITHIN_DAYS))), inline(TbStatus.DUE.name()))
                .otherwise(inline(TbStatus.NOT_DUE_YET.name()));
    }

    /** The same as {@code status(person, today).eq(status.name())}, written so each branch stays simple. */
    public Condition statusIs(Person person, TbStatus status, LocalDate today) {
        Field<Long> id = person.ID;
        return switch (status) {
            case DONE -> done(id);
            case REFERRED -> not(done(id)).and(referred(id));
            case BOOKED -> not(done(id)).and(not(referred(id))).and(booked(id));
            case OVERDUE -> open(id).and(dueDate(person).lt(val(today)));
            case DUE -> open(id).and(dueDate(person).between(val(today), val(today.plusDays(DUE_WITHIN_DAYS))));
            case NOT_DUE_YET -> open(id).and(dueDate(person).isNull()
                    .or(dueDate(person).gt(val(today.plusDays(DUE_WITHIN_DAYS)))));
        };
    }

    /**
     * Any of the statuses; none given: no restriction. The status {@code CASE} once per row: cheaper than an OR of
     * {@link #statusIs}, which would evaluate the same subqueries once per status.
     */
    public Condition statusIn(Person person, Collection<TbStatus> statuses, LocalDate today) {
        if (statuses.isEmpty() || statuses.size() == TbStatus.values().length) {
            return noCondition();
        }
        if (statuses.size() == 1) {
            return statusIs(person, statuses.iterator().next(), today);
        }
        return status(person, today).in(statuses.stream().map(Enum::name).toList());
    }

    /**
     * Whom the booking job books: a deadline is running (a basis date), no valid result (none, or a did-not-attend
     * as the latest), no open appointment and no open referral; not a merged duplicate.
     */
    public Condition needsBooking(Person person) {
        TbReferral f = TB_REFERRAL.as("tb_booking_referral");
        return person.MERGED_INTO.isNull().and(basisDate(person).isNotNull()).and(not(done(person.ID)))
                .and(not(booked(person.ID)))
                .and(notExists(selectOne().from(f).where(f.PERSON_ID.eq(person.ID).and(f.FOLLOWED_UP_ON.isNull()))));
    }

    /** Booked for a day that has passed and no result recorded yet (recording one closes the appointment). */
    public Condition resultPending(Field<Long> personId, LocalDate today) {
        TbAppointment a = TB_APPOINTMENT.as("tb_pending_appointment");
        return exists(selectOne().from(a).where(a.PERSON_ID.eq(personId).and(a.STATE.eq("BOOKED"))
                .and(a.DAY.lt(val(today)))));
    }

    /** An open referral for suspected active TB: refer now. */
    public Condition suspectedActiveOpen(Field<Long> personId) {
        TbReferral f = TB_REFERRAL.as("tb_active_referral");
        return exists(selectOne().from(f).where(f.PERSON_ID.eq(personId).and(f.REASON.eq("SUSPECTED_ACTIVE"))
                .and(f.FOLLOWED_UP_ON.isNull())));
    }

    /**
     * The status on {@code today} from the screening state the database keeps per person ({@code tb_screening},
     * V16): the same answer as {@link #status(Person, LocalDate)}, read from one row. Lists and counts over a
     * whole site use these, so they read an index range instead of evaluating the latest result, referrals and
     * appointments of every resident there.
     */
    public Field<String> status(TbScreening screening, LocalDate today) {
        Field<LocalDate> due = dueDate(screening.BASIS_DATE);
        return when(screening.STATE.ne(inline(OPEN)), screening.STATE)
                .when(due.lt(val(today)), inline(TbStatus.OVERDUE.name()))
                .when(due.le(val(today.plusDays(DUE_WITHIN_DAYS))), inline(TbStatus.DUE.name()))
                .otherwise(inline(TbStatus.NOT_DUE_YET.name()));
    }

    /** Any of the statuses, from the kept screening state; none given: no restriction. */
    public Condition statusIn(TbScreening screening, Collection<TbStatus> statuses, LocalDate today) {
        if (statuses.isEmpty() || statuses.size() == TbStatus.values().length) {
            return noCondition();
        }
        Condition any = falseCondition();
        for (TbStatus status : statuses) {
            any = any.or(statusIs(screening, status, today));
        }
        return any;
    }

    private Condition statusIs(TbScreening screening, TbStatus status, LocalDate today) {
        Field<LocalDate> due = dueDate(screening.BASIS_DATE);
        Condition open = screening.STATE.eq(inline(OPEN));
        return switch (status) {
            case DONE, REFERRED, BOOKED -> screening.STATE.eq(inline(status.name()));
            case OVERDUE -> open.and(due.lt(val(today)));
            case DUE -> open.and(due.between(val(today), val(today.plusDays(DUE_WITHIN_DAYS))));
            case NOT_DUE_YET -> open.and(due.isNull().or(due.gt(val(today.plusDays(DUE_WITHIN_DAYS)))));
        };
    }

    /** People the given sites follow (all followed people for a whole-country scope); merged duplicates not. */
    public Condition followedBy(TbScreening screening, boolean allSites, Collection<Long> siteIds) {
        Condition followed = allSites ? screening.SITE_ID.isNotNull()
                : siteIds.isEmpty() ? falseCondition() : screening.SITE_ID.in(siteIds);
        return screening.MERGED.isFalse().and(followed);
    }

    /**
     * The person's incidence class on {@code day}, as the name of an {@link Incidence}: the highest class of their
     * citizenships valid that day; a country without a row is low.
     */
    public Field<String> incidence(Field<String[]> citizenships, LocalDate day) {
        TbIncidence i = TB_INCIDENCE.as("tb_person_incidence");
        Field<Integer> highest = field(select(max(when(i.INCIDENCE.eq(Incidence.VERY_HIGH.name()), inline(2))
                .otherwise(inline(1))))
                .from(i)
                .where(i.COUNTRY.eq(any(citizenships)).and(i.VALID_FROM.le(val(day)))
                        .and(i.VALID_TO.isNull().or(i.VALID_TO.gt(val(day))))));
        return when(highest.eq(inline(2)), inline(Incidence.VERY_HIGH.name()))
                .when(highest.eq(inline(1)), inline(Incidence.HIGH.name()))
                .otherwise(inline(Incidence.LOW.name()));
    }

    /**
     * The site whose health staff follow the person: the site of their latest stay (open, or the last one they
     * left, e.g. for private housing); null without a stay. The requirement follows the person when they move.
     */
    public Field<Long> healthSite(Field<Long> personId) {
        Stay s = STAY.as("tb_health_stay");
        return field(select(s.SITE_ID).from(s).where(s.PERSON_ID.eq(personId))
                .orderBy(s.CHECKED_IN_ON.desc(), s.ID.desc()).limit(1));
    }

    /**
     * The stay that makes its site the person's health site: open, or the last one and ended in private housing.
     * A person has at most one such stay, so a list driven from {@code stay} joined to {@code person} has no
     * duplicates, and the stay indexes by site serve it.
     */
    public Condition followingStay(Stay stay) {
        Stay later = STAY.as("tb_following_later_stay");
        return stay.CHECKED_OUT_ON.isNull().or(stay.CHECKOUT_REASON.eq("PRIVATE_HOUSING")
                .and(notExists(selectOne().from(later).where(later.PERSON_ID.eq(stay.PERSON_ID)
                        .and(later.ID.ne(stay.ID)).and(later.CHECKED_IN_ON.ge(stay.CHECKED_OUT_ON))))));
    }

    /**
     * People whose health site ({@link #healthSite}) is one of {@code siteIds}, in a form the stay indexes serve:
     * an open stay there, or a last stay there that ended in private housing.
     */
    public Condition followedAt(Collection<Long> siteIds, Field<Long> personId) {
        if (siteIds.isEmpty()) {
            return falseCondition();
        }
        Stay s = STAY.as("tb_site_stay");
        Stay later = STAY.as("tb_later_stay");
        return exists(selectOne().from(s).where(s.PERSON_ID.eq(personId).and(s.SITE_ID.in(siteIds))
                .and(s.CHECKED_OUT_ON.isNull().or(s.CHECKOUT_REASON.eq("PRIVATE_HOUSING")
                        .and(notExists(selectOne().from(later).where(later.PERSON_ID.eq(s.PERSON_ID).and(later.ID.ne(s.ID))
                                .and(later.CHECKED_IN_ON.ge(s.CHECKED_OUT_ON)))))))));
    }
}
