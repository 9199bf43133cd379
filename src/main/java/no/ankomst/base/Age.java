package no.ankomst.base;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's age in whole years on a day: the one definition for lists, the resident page, the occupancy
 * board's children and the rules to come (school start, programme age, TB screening of children).
 *
 * <p>Someone born on 29 February turns a year older on 1 March in a common year (that is what
 * {@link Period#between} counts, and the reading of Norwegian practice we follow: a year is not completed
 * before the day after 28 February). Should the law be read as 28 February instead, this class is the one
 * place to change; its tests name the days.
 */
public record Age(LocalDate birthDate) {

    public static Age of(LocalDate birthDate) {
        return new Age(birthDate);
    }

    /** Completed years on {@code day}; 0 before the birth date (a wrong date must not break a list). */
    public int on(LocalDate day) {
        return Math.max(0, Period.between(birthDate, day).getYears());
    }

    /** The day the person turns {@code years}. */
    public LocalDate birthday(int years) {
        LocalDate sameDay = birthDate.plusYears(years);
        // plusYears moves 29 February back to 28 February in a common year; the birthday is the day after
        return sameDay.getDayOfMonth() == birthDate.getDayOfMonth() ? sameDay : sameDay.plusDays(1);
    }

    /** The calendar year the person turns {@code years} ("starts school the year they turn 6"). */
    public int yearTurning(int years) {
        return birthDate.getYear() + years;
    }

    /**
     * The latest birth date of someone at least {@code years} old on {@code day}, for queries: a person is at
     * least that old exactly when born on or before it (the same answer as {@link #on}, for one year or more).
     */
    public static LocalDate bornOnOrBefore(int years, LocalDate day) {
        return day.minusYears(years);
    }
}
