package org.casework.web.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request for more time not yet decided, for the task list ({@code GET /extension-requests/to-decide}); it is
 * decided on the case page, beside the notice's representations.
 */
public record ExtensionToDecide(String id, String noticeId, Optional<String> noticeReference, Optional<String> caseId,
        String organisationId, LocalDate requestedUntil, Instant requestedAt) {

    public ExtensionToDecide {
        noticeReference = Lists.orEmpty(noticeReference);
        caseId = Lists.orEmpty(caseId);
    }

    /** Where the decision is made: the case page's representations, where each request has its form. */
    public String decidedAt() {
        return caseId.map(c -> "/cases/" + c + "#representations").orElse("/notices/" + noticeId);
    }
}
