package no.ankomst;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' clock: the system clock, moved by what a test asks for ({@link #advance}, or straight to a day in
 * the app's zone with {@link #setDate}). It keeps ticking from there, so timestamps still order. A test that
 * moves it puts it back afterwards ({@link #reset()}), since all Spring tests share it.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    MovableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /**
     * Moves the clock to noon of {@code day} in its zone (Europe/Oslo for the app), so "today" is that day for
     * the rest of the test however long it runs.
     */
    public void setDate(LocalDate day) {
        Instant noon = day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        offset.set(Duration.between(Instant.now(), noon));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, offset);
    }
}
