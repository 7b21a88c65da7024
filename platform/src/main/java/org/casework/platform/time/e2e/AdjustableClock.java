package org.casework.platform.time.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The system clock shifted by an offset the end-to-end tests set, so statutory periods can pass in
 * seconds. It exists only in applications built with the {@code e2e} profile: production builds do
 * not contain it (nor {@link ClockControlResource}).
 */
@Singleton
@IfBuildProfile("e2e")
public class AdjustableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void moveTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
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
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
