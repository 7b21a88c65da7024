package org.casework.representations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.casework.platform.openapi.Produced;
import org.casework.representations.domain.FileNames;
import org.casework.representations.domain.HearingDocument;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.Lengths;
import org.casework.representations.service.HearingService.Hearing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers about oral hearings: staff see everything; the organisation sees the decision, not the internal note. */
public final class HearingViews {

    private HearingViews() {
    }

    /** {@code size} is bounded by the configured file size ({@link EvidenceBounds}). */
    public record DocumentView(UUID id, @Schema(maxLength = FileNames.MAX) String fileName,
            @Schema(maxLength = Lengths.CONTENT_TYPE) String contentType, @Schema(minimum = "0") long size,
            @Schema(maxLength = Produced.SHA256_HEX) String sha256) {
        static DocumentView of(HearingDocument d) {
            return new DocumentView(d.id, d.fileName, d.contentType, d.sizeBytes, d.sha256);
        }
    }

    /** heldAt is London wall-clock time, as it was given to the organisation. */
    public record DecisionView(boolean granted, LocalDateTime heldAt, @Schema(maxLength = Lengths.PLACE) String place,
            @Schema(maxLength = Lengths.PLACE) String videoLink,
            @Schema(maxItems = Lengths.ATTENDEES) List<@Size(max = Lengths.ATTENDEE) String> attendees,
            @Schema(maxLength = Lengths.REASON) String reason, @Schema(maxLength = Produced.NAME) String decidedBy,
            Instant decidedAt) {

        static DecisionView of(HearingRequest h) {
            return h.decidedAt == null ? null
                    : new DecisionView(Boolean.TRUE.equals(h.granted), h.heldAt, h.place, h.videoLink,
                            h.decisionAttendeeList(), h.decisionReason, h.decidedBy, h.decidedAt);
        }
    }

    /** {@code documents} is bounded by the configured number of files ({@link EvidenceBounds}). */
    public record RecordView(LocalDate heldOn,
            @Schema(maxItems = Lengths.ATTENDEE_LINES) List<@Size(max = Lengths.ATTENDEES_TEXT) String> attendees,
            @Schema(maxLength = Lengths.NOTE) String note, List<DocumentView> documents,
            @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt) {

        static RecordView of(Hearing h) {
            HearingRequest r = h.request();
            return r.recordedAt == null ? null
                    : new RecordView(r.heldOn, r.recordAttendeeList(), r.recordNote,
                            h.documents().stream().map(DocumentView::of).toList(), r.recordedBy, r.recordedAt);
        }
    }

    public record HearingView(UUID id, UUID noticeId, @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId,
            @Schema(maxLength = Lengths.REASON) String reason, @Schema(maxLength = Produced.NAME) String requestedBy,
            Instant requestedAt, HearingRequest.Status status, DecisionView decision, RecordView record) {

        static HearingView of(Hearing h) {
            HearingRequest r = h.request();
            return new HearingView(r.id, r.noticeId, r.organisationId, r.reason, r.requestedBy, r.requestedAt, r.status,
                    DecisionView.of(r), RecordView.of(h));
        }
    }

    /** The decision as the organisation is told it: when, where or how, who attends, and why. */
    public record PortalDecisionView(boolean granted, LocalDateTime heldAt, @Schema(maxLength = Lengths.PLACE) String place,
            @Schema(maxLength = Lengths.PLACE) String videoLink,
            @Schema(maxItems = Lengths.ATTENDEES) List<@Size(max = Lengths.ATTENDEE) String> attendees,
            @Schema(maxLength = Lengths.REASON) String reason, Instant decidedAt) {

        static PortalDecisionView of(HearingRequest h) {
            return h.decidedAt == null ? null
                    : new PortalDecisionView(Boolean.TRUE.equals(h.granted), h.heldAt, h.place, h.videoLink,
                            h.decisionAttendeeList(), h.decisionReason, h.decidedAt);
        }
    }

    public record PortalHearingView(UUID id, UUID noticeId, @Schema(maxLength = Lengths.REASON) String reason,
            @Schema(maxLength = Produced.NAME) String requestedBy, @Schema(maxLength = Produced.NAME) String requestedByName,
            Instant requestedAt, HearingRequest.Status status, PortalDecisionView decision, LocalDate heldOn) {

        static PortalHearingView of(HearingRequest h) {
            return new PortalHearingView(h.id, h.noticeId, h.reason, h.requestedBy, h.requestedByName, h.requestedAt, h.status,
                    PortalDecisionView.of(h), h.heldOn);
        }
    }
}
