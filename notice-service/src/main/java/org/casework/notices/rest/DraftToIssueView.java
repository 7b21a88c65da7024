package org.casework.notices.rest;

import java.time.Instant;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft in the dashboard's task list: which kind, case and organisation, who drafted it and when. Not its reasons
 * or amounts: those are read on the notice itself (an audited read of its own), where its readiness is checked too.
 */
public record DraftToIssueView(UUID id, NoticeType type, UUID caseId,
        @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.NAME) String organisationName, @Schema(maxLength = Produced.NAME) String draftedBy,
        Instant draftedAt) {

    static DraftToIssueView of(Notice n) {
        return new DraftToIssueView(n.id, n.type, n.caseId, n.caseReference, n.organisationName, n.createdBy,
        n.createdAt);
    }
}
