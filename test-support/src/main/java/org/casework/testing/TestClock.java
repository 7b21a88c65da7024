package org.casework.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/**
 * The clock of the services under test: the system clock until a test sets it, then fixed at that
 * instant until moved or reset. It replaces the platform's default clock in every Quarkus test.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Sets the clock to a wall-clock time in London (summer or winter time as it was then). */
    public void setLondon(LocalDateTime londonTime) {
        fixed.set(londonTime.atZone(LONDON).toInstant());
    }

    public void advance(Duration duration) {
        fixed.updateAndGet(i -> (i == null ? Instant.now() : i).plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant i = fixed.get();
        return i == null ? Instant.now() : i;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
