package no.ankomst.health;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.ankomst.base.Age;

/**
 * The dated, configurable part of TB screening (tuberkuloseforskriften § 3-1, FHI's flowchart): what changes by law
 * is data here, not code. Bound from {@code ankomst.health.rules.*} by {@link TbRulesConfiguration}; the defaults,
 * {@link #CURRENT_LAW}, are the rules as of 2026.
 *
 * @param deadlineDays         screened within this many days of arrival (14)
 * @param extendedDeadlineDays the temporary 2022 deadline (4 weeks) for arrivals from {@code extensionFrom} to
 *                             {@code extensionTo}, both inclusive
 * @param extensionFrom        first arrival day the extended deadline applies to
 * @param extensionTo          last arrival day the extended deadline applies to
 * @param flowcharts           the flowcharts, each in force from its date until the next one's
 */
public record TbRules(int deadlineDays, int extendedDeadlineDays, LocalDate extensionFrom, LocalDate extensionTo,
                      List<Flowchart> flowcharts) {

    /**
     * One version of FHI's flowchart: from {@code xrayFromAge} a person from a high- or very-high-incidence country
     * gets a chest X-ray, and up to {@code igraToAge} (inclusive) one from a very-high-incidence country also IGRA.
     * Below the X-ray age: a questionnaire to the parents, IGRA for a child from a very-high-incidence country.
     */
    public record Flowchart(LocalDate from, int xrayFromAge, int igraToAge) {
        public Flowchart {
            if (xrayFromAge < 0 || igraToAge < xrayFromAge) {
                throw new IllegalArgumentException("flowchart from " + from + ": xray-from-age must be 0 or more and "
                        + "igra-to-age at least xray-from-age");
            }
        }
    }

    /** The flowchart of 1 March 2017 (X-ray from 15) and the one in force from 1 December 2022 (X-ray from 10). */
    public static final TbRules CURRENT_LAW = new TbRules(14, 28, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 9, 30),
            List.of(new Flowchart(LocalDate.of(2017, 3, 1), 15, 35),
                    new Flowchart(LocalDate.of(2022, 12, 1), 10, 35)));

    public TbRules {
        if (deadlineDays < 1 || extendedDeadlineDays < 1) {
            throw new IllegalArgumentException("deadline-days and extended-deadline-days must be at least 1");
        }
        if (extensionTo.isBefore(extensionFrom)) {
            throw new IllegalArgumentException("extension-to must not be before extension-from");
        }
        if (flowcharts.isEmpty()) {
            throw new IllegalArgumentException("at least one flowchart is needed");
        }
        flowcharts = flowcharts.stream().sorted(Comparator.comparing(Flowchart::from)).toList();
    }

    /** The last day to be screened for someone who arrived on {@code arrival}. */
    public LocalDate dueDate(LocalDate arrival) {
        return arrival.plusDays(deadlineDaysFor(arrival));
    }

    /** Days from arrival to the deadline: the extended deadline for arrivals in the 2022 window. */
    public int deadlineDaysFor(LocalDate arrival) {
        boolean extended = !arrival.isBefore(extensionFrom) && !arrival.isAfter(extensionTo);
        return extended ? extendedDeadlineDays : deadlineDays;
    }

    /**
     * The test for a person born on {@code birthDate}, from a country of {@code incidence}, tested on
     * {@code testDate}: the flowchart in force that day, and the age on that day (a child who turns 10 before the
     * appointment gets an X-ray).
     */
    public TbTest testFor(LocalDate birthDate, Incidence incidence, LocalDate testDate) {
        Flowchart flowchart = flowchartOn(testDate);
        int age = Age.of(birthDate).on(testDate);
        boolean veryHigh = incidence == Incidence.VERY_HIGH;
        if (age < flowchart.xrayFromAge()) {
            return veryHigh ? TbTest.IGRA : TbTest.QUESTIONNAIRE;
        }
        if (incidence == Incidence.LOW) {
            return TbTest.QUESTIONNAIRE;
        }
        return veryHigh && age <= flowchart.igraToAge() ? TbTest.XRAY_AND_IGRA : TbTest.XRAY;
    }

    /** The flowchart in force on {@code day}; before the first one, the first one. */
    public Flowchart flowchartOn(LocalDate day) {
        Flowchart inForce = flowcharts.getFirst();
        for (Flowchart flowchart : flowcharts) {
            if (!flowchart.from().isAfter(day)) {
                inForce = flowchart;
            }
        }
        return inForce;
    }
}
