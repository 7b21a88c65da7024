package org.casework.notifications.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A notice as given to an organisation, as far as an email about it may say: which, when given (as
 * notice-service worked it out: for EMAIL, 48 hours after sending under DPA 2018 s.141A), its deadlines.
 */
public record GivenNotice(UUID noticeId, String organisationId, String reference, String type, LocalDate givenOn,
        String method, List<Deadline> deadlines) {

    public GivenNotice {
        deadlines = List.copyOf(deadlines);
    }

    public boolean givenByEmail() {
        return "EMAIL".equals(method);
    }
}
