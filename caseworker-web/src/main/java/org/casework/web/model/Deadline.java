package org.casework.web.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A statutory date coming up ({@code GET /deadlines}). For a payment or an appeal, {@code workingDayDueOn} is
 * the last day the act is still in time (the next working day where {@code dueOn} is a weekend or bank
 * holiday, GRC Rules 2009 r.12(2)); {@code daysLeft} is counted by notice-service to that day.
 */
public record Deadline(String kind, LocalDate dueOn, Optional<LocalDate> workingDayDueOn, long daysLeft,
        String noticeId, String noticeReference, String organisationName) {

    public Deadline {
        workingDayDueOn = Lists.orEmpty(workingDayDueOn);
    }

    /** The working day the act is still in time on, only where it is not the statutory day itself. */
    public Optional<LocalDate> inTimeLater() {
        return workingDayDueOn.filter(d -> !d.equals(dueOn));
    }
}
