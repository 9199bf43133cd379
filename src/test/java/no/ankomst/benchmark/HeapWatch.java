package no.ankomst.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One timed run with its heap: used heap after a full collection before and after, and the peak sampled every
 * 20 ms while it runs ("heap flat" in the issues' figures).
 */
record HeapWatch<T>(T result, double seconds, long beforeMb, long afterMb, long peakMb) {

    private static final long SAMPLE_MILLIS = 20;

    static <T> HeapWatch<T> of(Supplier<T> work) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        T result;
        try {
            result = work.get();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        return new HeapWatch<>(result, seconds, before >> 20, after >> 20, peak.get() >> 20);
    }
}
