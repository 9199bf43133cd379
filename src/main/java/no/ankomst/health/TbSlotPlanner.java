package no.ankomst.health;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The free places of one booking run, in memory: per clinic, day of the run's horizon and test type, how many are
 * left. Filled from the weekly patterns, closed days and BOOKED counts (the clinics locked meanwhile), then taken
 * one by one, so a run never books over capacity. Per clinic and test it remembers the first day that may still be
 * free, so a full week is not searched again for every person.
 */
final class TbSlotPlanner {

    private static final TbTest[] TESTS = TbTest.values();

    private final TbRules rules;
    private final LocalDate start;
    private final int days;
    private final boolean flowchartChangesInHorizon;
    private final Map<Long, int[][]> remaining = new HashMap<>();
    private final Map<Long, int[]> firstFree = new HashMap<>();

    TbSlotPlanner(TbRules rules, LocalDate start, int days) {
        this.rules = rules;
        this.start = start;
        this.days = days;
        LocalDate last = start.plusDays(days - 1L);
        this.flowchartChangesInHorizon = rules.flowcharts().stream()
                .anyMatch(f -> f.from().isAfter(start) && !f.from().isAfter(last));
    }

    LocalDate last() {
        return start.plusDays(days - 1L);
    }

    void open(long clinicId) {
        remaining.put(clinicId, new int[days][TESTS.length]);
    }

    /** The weekly pattern: {@code capacity} on every such weekday of the horizon. */
    void capacity(long clinicId, java.time.DayOfWeek weekday, TbTest test, int capacity) {
        int[][] clinic = remaining.get(clinicId);
        for (int i = 0; i < days; i++) {
            if (start.plusDays(i).getDayOfWeek() == weekday) {
                clinic[i][test.ordinal()] = capacity;
            }
        }
    }

    void closed(long clinicId, LocalDate day) {
        int[][] clinic = remaining.get(clinicId);
        int i = index(day);
        if (clinic != null && i >= 0) {
            java.util.Arrays.fill(clinic[i], 0);
        }
    }

    void booked(long clinicId, LocalDate day, TbTest test, int count) {
        int[][] clinic = remaining.get(clinicId);
        int i = index(day);
        if (clinic != null && i >= 0) {
            clinic[i][test.ordinal()] -= count;
        }
    }

    /** Call once everything is loaded. */
    void ready() {
        remaining.forEach((clinicId, clinic) -> {
            int[] first = new int[TESTS.length];
            for (TbTest test : TESTS) {
                first[test.ordinal()] = advance(clinic, test.ordinal(), 0);
            }
            firstFree.put(clinicId, first);
        });
    }

    /** A place in the slot, taken. */
    record Taken(LocalDate day, TbTest test) {
    }

    /**
     * Takes the earliest free place at the clinic for the test the person needs on that day (the age on that day
     * and the flowchart in force then).
     */
    @Nullable Taken take(long clinicId, LocalDate birthDate, Incidence incidence) {
        int[][] clinic = remaining.get(clinicId);
        int[] first = firstFree.get(clinicId);
        if (clinic == null) {
            return null;
        }
        TbTest atStart = rules.testFor(birthDate, incidence, start);
        if (!flowchartChangesInHorizon && atStart == rules.testFor(birthDate, incidence, last())) {
            // the test is the same all through the horizon: straight to its first free day
            int i = first[atStart.ordinal()];
            return i < days ? take(clinic, first, i, atStart) : null;
        }
        int from = days;
        for (int f : first) {
            from = Math.min(from, f);
        }
        for (int i = from; i < days; i++) {
            TbTest test = rules.testFor(birthDate, incidence, start.plusDays(i));
            if (clinic[i][test.ordinal()] > 0) {
                return take(clinic, first, i, test);
            }
        }
        return null;
    }

    private Taken take(int[][] clinic, int[] first, int i, TbTest test) {
        clinic[i][test.ordinal()]--;
        first[test.ordinal()] = advance(clinic, test.ordinal(), first[test.ordinal()]);
        return new Taken(start.plusDays(i), test);
    }

    private int advance(int[][] clinic, int test, int from) {
        int i = from;
        while (i < days && clinic[i][test] <= 0) {
            i++;
        }
        return i;
    }

    private int index(LocalDate day) {
        long i = day.toEpochDay() - start.toEpochDay();
        return i >= 0 && i < days ? (int) i : -1;
    }

    List<Long> clinics() {
        return List.copyOf(remaining.keySet());
    }
}
