package org.casework.portal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice of intent's period for representations as representation-service shows it to the organisation
 * ({@code GET /portal/notices/{noticeId}}): the deadline, whether it still accepts representations, what the
 * organisation sent and its requests for more time or a hearing with the decisions on them.
 */
public record Window(UUID noticeId, String noticeReference, LocalDate originalDueOn, LocalDate dueOn, Instant deadline,
        String status, boolean accepting, List<Representation> representations, List<ExtensionRequest> extensionRequests,
        List<HearingRequest> hearingRequests) {

    public Window {
        representations = representations == null ? List.of() : representations;
        extensionRequests = extensionRequests == null ? List.of() : extensionRequests;
        hearingRequests = hearingRequests == null ? List.of() : hearingRequests;
    }

    /** Whether the deadline has moved from the one first given (more time granted). */
    public boolean extended() {
        return !dueOn.equals(originalDueOn);
    }

    /** Whether a request for more time is waiting for a decision (one at a time makes sense to ask). */
    public boolean moreTimePending() {
        return extensionRequests.stream().anyMatch(e -> "PENDING".equals(e.status()));
    }

    public record Representation(UUID id, UUID noticeId, String statement, String submittedBy, String submittedByName,
            Instant submittedAt, boolean considered, List<EvidenceFile> files) {

        public Representation {
            files = files == null ? List.of() : files;
        }

        /** Who sent it, as a value on its own: "You", a colleague's name, or someone else at the organisation. */
        public String sender(String me) {
            return Who.named(submittedBy, submittedByName, me, true);
        }
    }

    public record EvidenceFile(UUID id, String name, String contentType, long size, String sha256) {
    }

    public record ExtensionRequest(UUID id, LocalDate requestedUntil, String reason, String status,
            Optional<LocalDate> grantedUntil, Optional<String> decisionReason, String requestedBy, String requestedByName,
            Instant requestedAt, Optional<Instant> decidedAt) {

        /** Who asked, within a sentence ("by you", "by Kathleen Booth"). */
        public String asker(String me) {
            return Who.named(requestedBy, requestedByName, me, false);
        }

        public ExtensionRequest {
            grantedUntil = grantedUntil == null ? Optional.empty() : grantedUntil;
            decisionReason = decisionReason == null ? Optional.empty() : decisionReason;
            decidedAt = decidedAt == null ? Optional.empty() : decidedAt;
        }
    }

    public record HearingRequest(UUID id, String reason, String requestedBy, String requestedByName, Instant requestedAt,
            String status, Optional<HearingDecision> decision, Optional<LocalDate> heldOn) {

        /** Who asked, within a sentence ("by you", "by Kathleen Booth"). */
        public String asker(String me) {
            return Who.named(requestedBy, requestedByName, me, false);
        }

        public HearingRequest {
            decision = decision == null ? Optional.empty() : decision;
            heldOn = heldOn == null ? Optional.empty() : heldOn;
        }
    }

    public record HearingDecision(boolean granted, Optional<LocalDateTime> heldAt, Optional<String> place,
            Optional<String> videoLink, Optional<String> reason) {

        public HearingDecision {
            heldAt = heldAt == null ? Optional.empty() : heldAt;
            place = place == null ? Optional.empty() : place;
            videoLink = videoLink == null ? Optional.empty() : videoLink;
            reason = reason == null ? Optional.empty() : reason;
        }
    }
}
