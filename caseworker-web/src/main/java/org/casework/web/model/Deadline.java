package org.casework.web.model;

import java.time.LocalDate;

/** A statutory date coming up ({@code GET /deadlines}). */
public record Deadline(String kind, LocalDate dueOn, long daysLeft, String noticeId, String noticeReference,
        String organisationName) {
}
