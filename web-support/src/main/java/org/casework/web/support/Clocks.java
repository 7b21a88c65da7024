package org.casework.web.support;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The time the pages reason with (is a representation window still open? is a date in the future?), London's. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
