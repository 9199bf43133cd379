package no.ankomst.benchmark;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Times one operation: warm-up calls first, then {@code calls} timed calls; reports p50, p95 and max. */
record Measurement(String name, int calls, double p50Millis, double p95Millis, double maxMillis) {

    static Measurement of(String name, int warmUp, int calls, IntConsumer operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.accept(i);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            operation.accept(warmUp + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Measurement(name, calls, millis(nanos[calls / 2]), millis(nanos[(int) Math.ceil(calls * 0.95) - 1]),
                millis(nanos[calls - 1]));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    String row(String goal) {
        return String.format("| %s | %s | %.1f ms | %.1f ms | %.1f ms | %d |", name, goal, p50Millis, p95Millis,
                maxMillis, calls);
    }
}
