package no.ankomst.introduction;

import java.time.LocalDate;
import java.util.Optional;
import no.ankomst.base.Age;

/**
 * The dated, configurable part of the Integration Act for the introduction programme (DOMAIN.md "Introduction
 * programme"), bound from {@code ankomst.introduction.rules.*} by {@link IntroductionRulesConfiguration}; the
 * defaults are {@link #CURRENT_LAW}.
 *
 * <ul>
 * <li>A person settled in a municipality has the right when aged {@code minAge}–{@code maxAge} (18–55, completed
 *     years by {@link Age}) on the day the right arises: the settlement date, or the 18th birthday of someone who
 *     was younger when settled. Someone 56 on the settlement date never gets it; someone who turns 56 later keeps
 *     the right that arose. A birthday on 29 February is reached on 1 March in a common year, as {@link Age} counts.</li>
 * <li>Chapter 6A (temporary rules for people from Ukraine) governs a right that arose in
 *     [{@code chapter6aFrom}, {@code chapter6aUntil}): a right, not a duty. Outside it the ordinary rules apply:
 *     a right and a duty. The law says chapter 6A applies "until 1 July 2026"; we read that as the day it no longer
 *     applies (a right arising on 1 July 2026 is ordinary), the same reading as the schooling rules' temporary
 *     window. {@code chapter6aUntil} is configuration: set it to the law as extended.</li>
 * <li>The programme must start within {@code startWithinMonths} (3) of the day the right arose: by that day plus
 *     3 months as {@link LocalDate#plusMonths} counts (30 November + 3 months is 28 or 29 February). A right not
 *     started after that day is late; within {@code nearLateDays} (14) of it, near late.</li>
 * </ul>
 */
public record IntroductionRules(
        int minAge,
        int maxAge,
        LocalDate chapter6aFrom,
        LocalDate chapter6aUntil,
        int startWithinMonths,
        int nearLateDays) {

    public static final IntroductionRules CURRENT_LAW = new IntroductionRules(18, 55, LocalDate.of(2022, 6, 15),
            LocalDate.of(2026, 7, 1), 3, 14);

    public IntroductionRules {
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("programme ages must run from a non-negative age to a later one: "
                    + minAge + ".." + maxAge);
        }
        if (!chapter6aUntil.isAfter(chapter6aFrom)) {
            throw new IllegalArgumentException("chapter 6A must end after it starts: " + chapter6aFrom + " .. "
                    + chapter6aUntil);
        }
        if (startWithinMonths < 0 || nearLateDays < 0) {
            throw new IllegalArgumentException("months and days of the introduction rules cannot be negative");
        }
    }

    /** Whether someone born on {@code birthDate} is of programme age on {@code day}. */
    public boolean eligibleOn(LocalDate birthDate, LocalDate day) {
        int age = Age.of(birthDate).on(day);
        return !day.isBefore(birthDate) && age >= minAge && age <= maxAge;
    }

    /**
     * The day the right arises for someone settled on {@code settledOn}, as seen on {@code today}: the settlement
     * date if of programme age then, the birthday they reach the minimum age if that is after settlement and not
     * after today; none when too old on the settlement date or not yet of age.
     */
    public Optional<LocalDate> arisesOn(LocalDate birthDate, LocalDate settledOn, LocalDate today) {
        if (eligibleOn(birthDate, settledOn)) {
            return Optional.of(settledOn);
        }
        if (Age.of(birthDate).on(settledOn) > maxAge) {
            return Optional.empty();
        }
        LocalDate birthday = Age.of(birthDate).birthday(minAge);
        return birthday.isAfter(settledOn) && !birthday.isAfter(today) && eligibleOn(birthDate, birthday)
                ? Optional.of(birthday) : Optional.empty();
    }

    /** Whether chapter 6A governs a right that arose on {@code day}. */
    public boolean chapter6aOn(LocalDate day) {
        return !day.isBefore(chapter6aFrom) && day.isBefore(chapter6aUntil);
    }

    public Basis basisOn(LocalDate arose) {
        return chapter6aOn(arose) ? Basis.CHAPTER_6A_RIGHT : Basis.ORDINARY_RIGHT_AND_DUTY;
    }

    /** The last day the programme may start for a right that arose on {@code arose}. */
    public LocalDate startBy(LocalDate arose) {
        return arose.plusMonths(startWithinMonths);
    }

    /** Where a right stands on {@code today}, from its state and dates alone (no job needs to have run). */
    public IntroductionStatus status(ParticipationState state, LocalDate startBy, LocalDate today) {
        return switch (state) {
            case STARTED, PAUSED -> IntroductionStatus.IN_PROGRESS;
            case COMPLETED -> IntroductionStatus.COMPLETED;
            case DECLINED -> IntroductionStatus.DECLINED;
            case NOT_OFFERED, OFFERED -> {
                if (today.isAfter(startBy)) {
                    yield IntroductionStatus.LATE;
                }
                if (!today.isBefore(startBy.minusDays(nearLateDays))) {
                    yield IntroductionStatus.NEAR_LATE;
                }
                yield state == ParticipationState.OFFERED ? IntroductionStatus.OFFERED : IntroductionStatus.NOT_OFFERED;
            }
        };
    }
}
