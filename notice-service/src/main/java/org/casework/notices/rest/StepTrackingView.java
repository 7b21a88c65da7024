package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.enforcement.StepStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of an issued enforcement notice with what the organisation reported on it and whether it is missed. The
 * portal's copy leaves out who decided and the caseworker's note, and who at the organisation reported.
 */
public record StepTrackingView(UUID id, UUID noticeId, int position, String text, LocalDate complianceDate,
        StepStatus status,
        @Schema(description = "The compliance date has passed (London) and the step is still PENDING, and no appeal "
                + "suspends it (DPA 2018 s.150(7))")
        boolean missed,
        @Schema(nullable = true) String decidedBy, Instant decidedAt, @Schema(nullable = true) String note,
        List<ProgressView> progress) {

    public record ProgressView(UUID id, String text, @Schema(nullable = true) String reportedBy, Instant reportedAt,
            List<EvidenceView> evidence) {
    }

    public record EvidenceView(UUID id, String fileName, String contentType, long size, String sha256) {
    }

    /** The same step as the organisation sees it. */
    public StepTrackingView forPortal() {
        return new StepTrackingView(id, noticeId, position, text, complianceDate, status, missed, null, decidedAt, null,
                progress.stream().map(p -> new ProgressView(p.id(), p.text(), null, p.reportedAt(), p.evidence()))
                        .toList());
    }
}
