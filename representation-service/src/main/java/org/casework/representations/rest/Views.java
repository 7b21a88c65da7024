package org.casework.representations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.representations.domain.EvidenceFile;
import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.domain.WindowStatus;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.WindowService;

/** The answers of representation-service's API. */
public final class Views {

    private Views() {
    }

    /** A window as notice-service and staff see it. */
    public record WindowView(UUID noticeId, String noticeReference, UUID caseId, String organisationId,
            LocalDate originalDueOn, LocalDate dueOn, Instant deadline, WindowStatus status, boolean accepting,
            long representationsReceived, long representationsConsidered, long undecidedExtensionRequests,
            long undecidedHearingRequests, long hearingsNotHeld) {

        static WindowView of(WindowService.WindowState s, Instant now) {
            RepresentationWindow w = s.window();
            return new WindowView(w.noticeId, w.noticeReference, w.caseId, w.organisationId, w.originalDueOn, w.dueOn,
                    w.deadline(), w.status, w.accepting(now), s.received(), s.considered(), s.undecidedExtensionRequests(),
                    s.undecidedHearingRequests(), s.hearingsNotHeld());
        }
    }

    public record FileView(UUID id, String name, String contentType, long size, String sha256) {
        static FileView of(EvidenceFile f) {
            return new FileView(f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256);
        }
    }

    /** A representation as staff see it, with who considered it. */
    public record RepresentationView(UUID id, UUID noticeId, String organisationId, String statement,
            String submittedBy, String submittedByName, Instant submittedAt, boolean considered, String consideredBy,
            Instant consideredAt, String considerationNote, List<FileView> files) {

        static RepresentationView of(RepresentationQueries.Submitted s) {
            var r = s.representation();
            return new RepresentationView(r.id, r.noticeId, r.organisationId, r.statement, r.submittedBy, r.submittedByName,
                    r.submittedAt,
                    r.isConsidered(), r.consideredBy, r.consideredAt, r.considerationNote,
                    s.files().stream().map(FileView::of).toList());
        }
    }

    /** A representation as its organisation sees it: whether it was considered, not the regulator's notes. */
    public record PortalRepresentationView(UUID id, UUID noticeId, String statement, String submittedBy,
            String submittedByName, Instant submittedAt, boolean considered, List<FileView> files) {

        static PortalRepresentationView of(RepresentationQueries.Submitted s) {
            var r = s.representation();
            return new PortalRepresentationView(r.id, r.noticeId, r.statement, r.submittedBy, r.submittedByName, r.submittedAt,
                    r.isConsidered(), s.files().stream().map(FileView::of).toList());
        }
    }

    public record ExtensionView(UUID id, UUID noticeId, LocalDate requestedUntil, String reason,
            ExtensionRequest.Status status, LocalDate grantedUntil, String decisionReason, String requestedBy,
            String requestedByName, Instant requestedAt, Instant decidedAt) {

        static ExtensionView of(ExtensionRequest e) {
            return new ExtensionView(e.id, e.noticeId, e.requestedUntil, e.reason, e.status, e.grantedUntil,
                    e.decisionReason, e.requestedBy, e.requestedByName, e.requestedAt, e.decidedAt);
        }
    }

    /** A notice of intent in the portal list: its reference, deadline and whether representations are accepted. */
    public record PortalNoticeSummary(UUID noticeId, String noticeReference, LocalDate dueOn, Instant deadline,
            WindowStatus status, boolean accepting) {

        static PortalNoticeSummary of(RepresentationWindow w, Instant now) {
            return new PortalNoticeSummary(w.noticeId, w.noticeReference, w.dueOn, w.deadline(), w.status,
                    w.accepting(now));
        }
    }

    public record PortalNoticeView(UUID noticeId, String noticeReference, LocalDate originalDueOn, LocalDate dueOn,
            Instant deadline, WindowStatus status, boolean accepting, List<PortalRepresentationView> representations,
            List<ExtensionView> extensionRequests, List<HearingViews.PortalHearingView> hearingRequests) {

        static PortalNoticeView of(RepresentationQueries.WindowDetail d, Instant now) {
            RepresentationWindow w = d.window();
            return new PortalNoticeView(w.noticeId, w.noticeReference, w.originalDueOn, w.dueOn, w.deadline(), w.status,
                    w.accepting(now), d.representations().stream().map(PortalRepresentationView::of).toList(),
                    d.extensionRequests().stream().map(ExtensionView::of).toList(),
                    d.hearingRequests().stream().map(HearingViews.PortalHearingView::of).toList());
        }
    }
}
