package org.casework.representations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.platform.openapi.Produced;
import org.casework.representations.domain.EvidenceFile;
import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.FileNames;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.domain.WindowStatus;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.WindowService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of representation-service's API. */
public final class Views {

    private Views() {
    }

    /** A window as notice-service and staff see it. */
    public record WindowView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
            UUID caseId, @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId,
            LocalDate originalDueOn, LocalDate dueOn, Instant deadline, WindowStatus status, boolean accepting,
            @Schema(minimum = "0", maximum = "" + NoticeLimits.REPRESENTATIONS) long representationsReceived,
            @Schema(minimum = "0", maximum = "" + NoticeLimits.REPRESENTATIONS) long representationsConsidered,
            @Schema(minimum = "0", maximum = "" + NoticeLimits.EXTENSION_REQUESTS) long undecidedExtensionRequests,
            @Schema(minimum = "0", maximum = "" + NoticeLimits.HEARING_REQUESTS) long undecidedHearingRequests,
            @Schema(minimum = "0", maximum = "" + NoticeLimits.HEARING_REQUESTS) long hearingsNotHeld) {

        static WindowView of(WindowService.WindowState s, Instant now) {
            RepresentationWindow w = s.window();
            return new WindowView(w.noticeId, w.noticeReference, w.caseId, w.organisationId, w.originalDueOn, w.dueOn,
                    w.deadline(), w.status, w.accepting(now), s.received(), s.considered(), s.undecidedExtensionRequests(),
                    s.undecidedHearingRequests(), s.hearingsNotHeld());
        }
    }

    /** {@code size} is bounded by the configured file size ({@link EvidenceBounds}). */
    public record FileView(UUID id, @Schema(maxLength = FileNames.MAX) String name,
            @Schema(maxLength = Lengths.CONTENT_TYPE) String contentType, @Schema(minimum = "0") long size,
            @Schema(maxLength = Produced.SHA256_HEX) String sha256) {
        static FileView of(EvidenceFile f) {
            return new FileView(f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256);
        }
    }

    /** A representation as staff see it, with who considered it. */
    public record RepresentationView(UUID id, UUID noticeId,
            @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId, String statement,
            @Schema(maxLength = Produced.NAME) String submittedBy, @Schema(maxLength = Produced.NAME) String submittedByName,
            Instant submittedAt, boolean considered, @Schema(maxLength = Produced.NAME) String consideredBy,
            Instant consideredAt, @Schema(maxLength = Lengths.NOTE) String considerationNote, List<FileView> files) {

        static RepresentationView of(RepresentationQueries.Submitted s) {
            var r = s.representation();
            return new RepresentationView(r.id, r.noticeId, r.organisationId, r.statement, r.submittedBy, r.submittedByName,
                    r.submittedAt,
                    r.isConsidered(), r.consideredBy, r.consideredAt, r.considerationNote,
                    s.files().stream().map(FileView::of).toList());
        }
    }

    /** A representation as its organisation sees it: whether it was considered, not the regulator's notes. */
    public record PortalRepresentationView(UUID id, UUID noticeId, String statement,
            @Schema(maxLength = Produced.NAME) String submittedBy, @Schema(maxLength = Produced.NAME) String submittedByName,
            Instant submittedAt, boolean considered, List<FileView> files) {

        static PortalRepresentationView of(RepresentationQueries.Submitted s) {
            var r = s.representation();
            return new PortalRepresentationView(r.id, r.noticeId, r.statement, r.submittedBy, r.submittedByName, r.submittedAt,
                    r.isConsidered(), s.files().stream().map(FileView::of).toList());
        }
    }

    public record ExtensionView(UUID id, UUID noticeId, LocalDate requestedUntil,
            @Schema(maxLength = Lengths.REASON) String reason, ExtensionRequest.Status status, LocalDate grantedUntil,
            @Schema(maxLength = Lengths.REASON) String decisionReason, @Schema(maxLength = Produced.NAME) String requestedBy,
            @Schema(maxLength = Produced.NAME) String requestedByName, Instant requestedAt, Instant decidedAt) {

        static ExtensionView of(ExtensionRequest e) {
            return new ExtensionView(e.id, e.noticeId, e.requestedUntil, e.reason, e.status, e.grantedUntil,
                    e.decisionReason, e.requestedBy, e.requestedByName, e.requestedAt, e.decidedAt);
        }
    }

    /** A notice of intent in the portal list: its reference, deadline and whether representations are accepted. */
    public record PortalNoticeSummary(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
            LocalDate dueOn, Instant deadline,
            WindowStatus status, boolean accepting) {

        static PortalNoticeSummary of(RepresentationWindow w, Instant now) {
            return new PortalNoticeSummary(w.noticeId, w.noticeReference, w.dueOn, w.deadline(), w.status,
                    w.accepting(now));
        }
    }

    public record PortalNoticeView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
            LocalDate originalDueOn, LocalDate dueOn, Instant deadline, WindowStatus status, boolean accepting,
            @Schema(maxItems = NoticeLimits.REPRESENTATIONS) List<PortalRepresentationView> representations,
            @Schema(maxItems = NoticeLimits.EXTENSION_REQUESTS) List<ExtensionView> extensionRequests,
            @Schema(maxItems = NoticeLimits.HEARING_REQUESTS) List<HearingViews.PortalHearingView> hearingRequests) {

        static PortalNoticeView of(RepresentationQueries.WindowDetail d, Instant now) {
            RepresentationWindow w = d.window();
            return new PortalNoticeView(w.noticeId, w.noticeReference, w.originalDueOn, w.dueOn, w.deadline(), w.status,
                    w.accepting(now), d.representations().stream().map(PortalRepresentationView::of).toList(),
                    d.extensionRequests().stream().map(ExtensionView::of).toList(),
                    d.hearingRequests().stream().map(HearingViews.PortalHearingView::of).toList());
        }
    }
}
