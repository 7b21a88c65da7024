package org.casework.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Statutory periods are counted in calendar days in Europe/London (DESIGN §2): "today" is the
 * London date of the clock's instant, and a day ends at midnight London time, in summer and winter.
 */
public final class LondonCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant after the given London date has ended (its following midnight). */
    public static Instant endOf(LocalDate date) {
        return ZonedDateTime.of(date.plusDays(1).atStartOfDay(), ZONE).toInstant();
    }
}
