package org.casework.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The page tests' today: Saturday 5 December 2026, London, so "6 days left" stays true. */
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/London"));
    }
}
