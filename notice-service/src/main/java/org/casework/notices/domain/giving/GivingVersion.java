package org.casework.notices.domain.giving;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.casework.platform.time.EnglandAndWalesCalendar;
import org.casework.platform.time.LondonCalendar;

/**
 * One version of the law on giving the Commissioner's notices: which methods it allows and when a notice sent at an
 * instant by a method is treated as given. {@link GivingRules} picks the version in force on the day of sending.
 */
public enum GivingVersion {

    /**
     * DPA 2018 s.141 as enacted: to an individual by delivering it, posting it to or leaving it at the usual or
     * last-known place of residence or business; to a body by post to, or leaving it at, the proper officer at its
     * principal office (s.141(2)-(4)). Email only "by other means, including by electronic means, with the person's
     * consent" (s.141(5)); the suite records no such consent, so it refuses EMAIL under this version rather than let
     * a caller assert one it cannot show. s.141 sets no deemed time: by hand and left take effect that day, post by
     * the Interpretation Act 1978 s.7.
     */
    S141("DPA 2018 s.141", EnumSet.of(GivingMethod.BY_HAND, GivingMethod.LEFT_AT_ADDRESS, GivingMethod.POST)),

    /**
     * DPA 2018 s.141A, inserted by the Data (Use and Access) Act 2025 s.96(3) (s.96(2) omits s.141): by hand to a
     * relevant individual (s.141A(2)(a), (3)), left at the proper address ((2)(b), (4)), by post to that address
     * ((2)(c), with the Interpretation Act 1978 s.7), or by email to the person's email address ((2)(d)).
     */
    S141A("DPA 2018 s.141A", EnumSet.allOf(GivingMethod.class));

    /**
     * s.141A: an emailed notice is treated as given 48 hours after it is sent, unless the contrary is proved. The
     * subsection saying so was not confirmed from a copy of the Act when this was written (the part of s.141A(2)-(4)
     * that was is cited above); correct this constant, and its tests, if the enacted text says otherwise.
     */
    public static final Duration EMAIL_DEEMED_AFTER = Duration.ofHours(48);

    /**
     * Interpretation Act 1978 s.7: service by post is effected "at the time at which the letter would be delivered in
     * the ordinary course of post"; first class post is taken to arrive on the second business day after posting
     * (the reading CPR 6.26 writes down).
     */
    public static final int POST_BUSINESS_DAYS = 2;

    private final String provision;
    private final Set<GivingMethod> allowed;

    GivingVersion(String provision, Set<GivingMethod> allowed) {
        this.provision = provision;
        this.allowed = allowed;
    }

    public String provision() {
        return provision;
    }

    public boolean allows(GivingMethod method) {
        return allowed.contains(method);
    }

    /** The London date on which a notice sent at {@code sentAt} by {@code method} is treated as given. */
    LocalDate givenOn(GivingMethod method, Instant sentAt, EnglandAndWalesCalendar calendar) {
        LocalDate sentOn = LondonCalendar.dateOf(sentAt);
        return switch (method) {
            case BY_HAND, LEFT_AT_ADDRESS -> sentOn;
            case POST -> businessDaysAfter(sentOn, POST_BUSINESS_DAYS, calendar);
            case EMAIL -> LondonCalendar.dateOf(sentAt.plus(EMAIL_DEEMED_AFTER));
        };
    }

    /** The {@code n}th business day after {@code day}: not a Saturday, Sunday, Christmas Day, Good Friday or bank holiday. */
    private static LocalDate businessDaysAfter(LocalDate day, int n, EnglandAndWalesCalendar calendar) {
        LocalDate d = day;
        for (int counted = 0; counted < n;) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
