package no.ankomst.schooling;

import java.time.LocalDate;
import java.time.MonthDay;
import no.ankomst.base.Age;
import org.jspecify.annotations.Nullable;

/**
 * The dated, configurable part of the law on school and kindergarten (DOMAIN.md "School and kindergarten"),
 * bound from {@code ankomst.schooling.rules.*} by {@link SchoolingRulesConfiguration}; the defaults are
 * {@link #CURRENT_LAW}.
 *
 * <ul>
 * <li>Compulsory school age runs from 1 January of the calendar year the child turns {@code schoolStartAge} (6)
 *     until Norwegian year 10 is completed: an enrolment ended "completed year 10" ends it; otherwise it runs to
 *     the end of the school year ({@code schoolYearEnds}, 30 June) of the calendar year the child turns
 *     {@code schoolEndAge} (16). Finishing school in Ukraine does not end it.</li>
 * <li>The right applies from arrival; school must start by the day the need opened (arrival, the start of school
 *     age, or the end of an enrolment that did not complete year 10, whichever is latest) plus
 *     {@code startByMonths} (1) — or {@code temporaryStartByMonths} (3) when that day falls within the temporary
 *     2022 rule [{@code temporaryFrom}, {@code temporaryUntil}). Months are counted as {@link LocalDate#plusMonths}
 *     does: 31 January + 1 month is 28 (or 29) February.</li>
 * <li>Kindergarten: children aged {@code kindergartenFromAge}–{@code kindergartenToAge} (1–5) may get a place;
 *     organised activity: children from {@code activityFromAge} (2) to school age, at least
 *     {@code activityMinHours} (3) a day; a child with no such day in the last {@code activityGapDays} (7) and no
 *     kindergarten place is a gap.</li>
 * </ul>
 * The temporary window defaults to the one DOMAIN.md dates for the temporary Ukraine rules (15 June 2022 to
 * 1 July 2026); configure it to the law as enacted.
 */
public record SchoolingRules(
        int schoolStartAge,
        int schoolEndAge,
        MonthDay schoolYearEnds,
        int startByMonths,
        int temporaryStartByMonths,
        LocalDate temporaryFrom,
        LocalDate temporaryUntil,
        int soonLateDays,
        int kindergartenFromAge,
        int kindergartenToAge,
        int activityFromAge,
        int activityMinHours,
        int activityGapDays) {

    public static final SchoolingRules CURRENT_LAW = new SchoolingRules(6, 16, MonthDay.of(6, 30), 1, 3,
            LocalDate.of(2022, 6, 15), LocalDate.of(2026, 7, 1), 7, 1, 5, 2, 3, 7);

    public SchoolingRules {
        if (schoolStartAge < 1 || schoolEndAge <= schoolStartAge) {
            throw new IllegalArgumentException("school age must run from a positive age to a later one: "
                    + schoolStartAge + ".." + schoolEndAge);
        }
        if (startByMonths < 0 || temporaryStartByMonths < 0 || soonLateDays < 0 || activityGapDays < 1
                || activityMinHours < 0) {
            throw new IllegalArgumentException("months, days and hours of the schooling rules cannot be negative");
        }
        if (!temporaryUntil.isAfter(temporaryFrom)) {
            throw new IllegalArgumentException("the temporary rule must end after it starts: " + temporaryFrom
                    + " .. " + temporaryUntil);
        }
        if (kindergartenFromAge < 0 || kindergartenToAge < kindergartenFromAge || activityFromAge < 0) {
            throw new IllegalArgumentException("bad kindergarten or activity ages");
        }
    }

    /** 1 January of the year the child turns the school start age. */
    public LocalDate schoolAgeFrom(LocalDate birthDate) {
        return LocalDate.of(Age.of(birthDate).yearTurning(schoolStartAge), 1, 1);
    }

    /** The last day of school age unless year 10 is completed earlier: the school year's end in the year they turn 16. */
    public LocalDate schoolAgeUntil(LocalDate birthDate) {
        return schoolYearEnds.atYear(Age.of(birthDate).yearTurning(schoolEndAge));
    }

    /** Whether the child is of compulsory school age on {@code day}. */
    public boolean schoolAge(LocalDate birthDate, LocalDate day, @Nullable LocalDate completedYear10On) {
        if (completedYear10On != null && !day.isBefore(completedYear10On)) {
            return false;
        }
        return !day.isBefore(schoolAgeFrom(birthDate)) && !day.isAfter(schoolAgeUntil(birthDate));
    }

    /** Whether the temporary 2022 rule governs a need that opened on {@code day}. */
    public boolean temporaryRuleOn(LocalDate day) {
        return !day.isBefore(temporaryFrom) && day.isBefore(temporaryUntil);
    }

    /** The months school may take to start for a need that opened on {@code day}. */
    public int startByMonthsFor(LocalDate day) {
        return temporaryRuleOn(day) ? temporaryStartByMonths : startByMonths;
    }

    /** The day school must have started by, for a need that opened on {@code needFrom}. */
    public LocalDate startBy(LocalDate needFrom) {
        return needFrom.plusMonths(startByMonthsFor(needFrom));
    }

    /**
     * The day the child's need for school opened: the latest of arrival, the start of school age and the end of an
     * enrolment that did not complete year 10 (a move, leaving). Arrival unknown: school age and ends only.
     */
    public LocalDate needFrom(LocalDate birthDate, @Nullable LocalDate arrival, @Nullable LocalDate reopenedOn) {
        LocalDate from = schoolAgeFrom(birthDate);
        if (arrival != null && arrival.isAfter(from)) {
            from = arrival;
        }
        if (reopenedOn != null && reopenedOn.isAfter(from)) {
            from = reopenedOn;
        }
        return from;
    }

    /** Whether the child may have a kindergarten place on {@code day} (ages 1–5). */
    public boolean kindergartenAge(LocalDate birthDate, LocalDate day) {
        int age = Age.of(birthDate).on(day);
        return !day.isBefore(birthDate) && age >= kindergartenFromAge && age <= kindergartenToAge;
    }

    /** Whether the centre must offer the child organised activity on {@code day}: from 2 until school age. */
    public boolean activityAge(LocalDate birthDate, LocalDate day) {
        return Age.of(birthDate).on(day) >= activityFromAge && day.isBefore(schoolAgeFrom(birthDate));
    }

    /** The child's schooling status on {@code today}, from dates alone (no job needs to have run). */
    public SchoolingStatus status(ChildFacts child, LocalDate today) {
        if (!schoolAge(child.birthDate(), today, child.completedYear10On())) {
            return SchoolingStatus.NOT_SCHOOL_AGE;
        }
        if (child.openEnrolment() == EnrolmentState.STARTED) {
            return SchoolingStatus.STARTED;
        }
        LocalDate startBy = startBy(needFrom(child.birthDate(), child.arrival(), child.reopenedOn()));
        if (today.isAfter(startBy)) {
            return SchoolingStatus.LATE;
        }
        if (!today.isBefore(startBy.minusDays(soonLateDays))) {
            return SchoolingStatus.SOON_LATE;
        }
        return child.openEnrolment() == EnrolmentState.ENROLLED ? SchoolingStatus.ENROLLED
                : SchoolingStatus.NEEDS_SCHOOL;
    }

    /** The start-by day for the child, or null when not of school age on {@code today}. */
    public @Nullable LocalDate startByOf(ChildFacts child, LocalDate today) {
        if (!schoolAge(child.birthDate(), today, child.completedYear10On())) {
            return null;
        }
        return startBy(needFrom(child.birthDate(), child.arrival(), child.reopenedOn()));
    }

    /**
     * What the status is computed from.
     *
     * @param arrival            person's arrival date, else first check-in, else police registration
     * @param openEnrolment      the state of the child's enrolment that has not ended, if any
     * @param reopenedOn         the latest end of an enrolment that did not complete year 10
     * @param completedYear10On  the end of an enrolment that completed year 10
     */
    public record ChildFacts(LocalDate birthDate, @Nullable LocalDate arrival, @Nullable EnrolmentState openEnrolment,
                             @Nullable LocalDate reopenedOn, @Nullable LocalDate completedYear10On) {
    }
}
