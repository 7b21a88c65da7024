package org.casework.web.model;

import java.time.Instant;

/**
 * A notice drafted and not yet issued, for the task list ({@code GET /notices/drafts}): which kind, case and
 * organisation, who drafted it and when. Whether it is ready to issue is checked on the notice's own page.
 */
public record DraftToIssue(String id, String type, String caseId, String caseReference, String organisationName,
        String draftedBy, Instant draftedAt) {
}
