package org.casework.web.model;

import java.time.LocalDate;
import java.util.Optional;

/** A line of {@code GET /penalty-accounts}: whose penalty, what it still owes, and since when overdue. */
public record AccountSummary(String noticeId, Optional<String> noticeReference, Optional<String> organisationName,
        Money balance, Optional<LocalDate> overdueSince) {

    public AccountSummary {
        noticeReference = Lists.orEmpty(noticeReference);
        organisationName = Lists.orEmpty(organisationName);
        overdueSince = Lists.orEmpty(overdueSince);
    }
}
