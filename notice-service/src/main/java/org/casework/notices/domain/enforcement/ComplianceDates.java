package org.casework.notices.domain.enforcement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.StatutoryPeriods;
import org.casework.platform.time.LondonCalendar;

/**
 * When an enforcement notice's steps may fall due (DPA 2018 s.150(6)-(8)), as London calendar dates. A step's
 * compliance date means it must be done by the end of that day.
 * <ul>
 * <li>s.150(6): no time for compliance before the end of the period within which an appeal can be brought. Cautious
 * reading: that period ends with the working day on which an appeal is still in time
 * ({@link StatutoryPeriods#lastDayInTime} of {@link StatutoryPeriods#appealDueOn}), and a compliance date may not be
 * that day either, so the earliest is the day after it. Nothing is then due while an appeal can still be lodged.</li>
 * <li>s.150(8): if the notice states compliance is urgent, with reasons, the date may be earlier, but not before the
 * end of 24 hours beginning when the notice is given. Given at any time on day D, those 24 hours end on D+1, so the
 * earliest date is D+1; where D+1 is the 23-hour day the clocks go forward, 24 hours from late on D can end on
 * D+2, so the earliest is then D+2 (cautious: it does not depend on the hour of giving).</li>
 * </ul>
 */
public final class ComplianceDates {

    public static final String APPEAL_RULE = "DPA 2018 s.150(6)";
    public static final String URGENCY_RULE = "DPA 2018 s.150(8)";

    private ComplianceDates() {
    }

    /** The earliest compliance date for a notice given on {@code givenOn}. */
    public static LocalDate earliest(LocalDate givenOn, boolean urgent) {
        if (!urgent) {
            return StatutoryPeriods.lastDayInTime(StatutoryPeriods.appealDueOn(givenOn)).plusDays(1);
        }
        LocalDate next = givenOn.plusDays(1);
        Duration nextDay = Duration.between(next.atStartOfDay(LondonCalendar.ZONE),
                next.plusDays(1).atStartOfDay(LondonCalendar.ZONE));
        return nextDay.compareTo(Duration.ofHours(24)) < 0 ? next.plusDays(1) : next;
    }

    /** Refuses (422, naming the first step too early) unless every step's date is on or after {@link #earliest}. */
    public static void require(List<EnforcementDraft.Step> steps, boolean urgent, LocalDate givenOn) {
        LocalDate earliest = earliest(givenOn, urgent);
        for (int i = 0; i < steps.size(); i++) {
            LocalDate date = steps.get(i).complianceDate();
            if (date != null && date.isBefore(earliest)) {
                throw new EnforcementRuleException("compliance-date-too-early", "Compliance date too early", 422,
                        urgent ? URGENCY_RULE : APPEAL_RULE, "enforcement.steps[" + i + "].complianceDate",
                        "Step " + (i + 1) + " is due on " + date + "; given on " + givenOn + ", "
                                + (urgent ? "an urgent notice may not require compliance before the end of 24 hours "
                                        + "beginning when it is given (DPA 2018 s.150(8))"
                                        : "no step may fall due before the period for appealing has ended (DPA 2018 "
                                                + "s.150(6)); state the notice urgent with reasons (s.150(8)) for an "
                                                + "earlier date")
                                + ": the earliest compliance date is " + earliest);
            }
        }
    }
}
