package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.service.AppealDocuments;
import org.casework.notices.service.ProgressReports;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of an issued enforcement notice with what the organisation reported on it and whether it is missed. The
 * portal's copy leaves out who decided and the caseworker's note, and who at the organisation reported.
 */
@Schema(name = "StepTrackingView")
public record StepTrackingView(UUID id, UUID noticeId,
        @Schema(minimum = "1", maximum = "" + NoticeLimits.STEPS) int position,
        @Schema(maxLength = Lengths.NOTE) String text, LocalDate complianceDate,
        StepStatus status,
        @Schema(description = "The compliance date has passed (London) and the step is still PENDING, and no appeal "
                + "suspends it (DPA 2018 s.150(7))")
        boolean missed,
        @Schema(nullable = true, maxLength = Produced.NAME) String decidedBy, Instant decidedAt,
        @Schema(nullable = true, maxLength = Lengths.NOTE) String note,
        @Schema(maxItems = NoticeLimits.PROGRESS_REPORTS) List<ProgressView> progress) {

    public record ProgressView(UUID id, @Schema(maxLength = Lengths.NOTE) String text,
            @Schema(nullable = true, maxLength = Produced.NAME) String reportedBy, Instant reportedAt,
            @Schema(maxItems = ProgressReports.MAX_FILES) List<EvidenceView> evidence) {
    }

    public record EvidenceView(UUID id, @Schema(maxLength = Lengths.FILE_NAME) String fileName,
            @Schema(maxLength = Lengths.CONTENT_TYPE) String contentType,
            @Schema(minimum = "1", maximum = "" + AppealDocuments.MAX_BYTES) long size,
            @Schema(maxLength = Produced.SHA256_HEX) String sha256) {
    }

    /** The same step as the organisation sees it. */
    public StepTrackingView forPortal() {
        return new StepTrackingView(id, noticeId, position, text, complianceDate, status, missed, null, decidedAt, null,
                progress.stream().map(p -> new ProgressView(p.id(), p.text(), null, p.reportedAt(), p.evidence()))
                        .toList());
    }
}
