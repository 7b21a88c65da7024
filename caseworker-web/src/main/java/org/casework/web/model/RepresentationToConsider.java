package org.casework.web.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A representation not yet considered, for the task list ({@code GET /representations/to-consider}): which notice,
 * which organisation, since when; not its statement.
 */
public record RepresentationToConsider(String id, String noticeId, Optional<String> noticeReference, Optional<String> caseId,
        String organisationId, Instant submittedAt) {

    public RepresentationToConsider {
        noticeReference = Lists.orEmpty(noticeReference);
        caseId = Lists.orEmpty(caseId);
    }
}
