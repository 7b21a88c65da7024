package org.casework.notices.domain.giving;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How and when one notice was given: the method, the instant it was sent (handed over, left or posted), the day it
 * was sent and the day it is treated as given (Europe/London calendar dates), and the provision that says so.
 */
public record Giving(GivingMethod method, Instant sentAt, LocalDate sentOn, LocalDate givenOn, String provision) {
}
