package dev.orderan.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that moves only when told to, for tests and examples that need realistic, repeatable
 * timestamps. Thread-safe.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /** A clock standing at {@code start}, in UTC. */
    public TestClock(Instant start) {
        this(start, ZoneId.of("UTC"));
    }

    /** A clock standing at {@code start}, in the given zone. */
    public TestClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
