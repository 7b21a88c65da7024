package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.IssueDates;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeDocument;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.repository.NoticeDocumentRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.service.document.NoticePdfRenderer;
import org.casework.notices.service.document.NoticeTextBuilder;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Caller;
import org.casework.platform.time.LondonCalendar;
import org.casework.notices.events.NoticeEvents;

/**
 * The second half of issuing, shared by the decision-maker's request and the reconciliation job:
 * move the case on (idempotent, so repeating it is harmless), then fix the notice as ISSUED with its
 * dates and document. The notice never becomes ISSUED unless case-service moved the case; the
 * representation window is opened only afterwards ({@link RepresentationWindows}).
 */
@ApplicationScoped
public class IssueCompletion {

    private final NoticeRepository notices;
    private final NoticeEvents domainEvents;
    private final NoticeDocumentRepository documents;
    private final CaseGateway cases;
    private final NoticeSettings settings;
    private final AuditTrail audit;
    private final ServiceToken serviceToken;
    private final Clock clock;

    public IssueCompletion(NoticeRepository notices, NoticeDocumentRepository documents, CaseGateway cases,
            NoticeSettings settings, AuditTrail audit, ServiceToken serviceToken, Clock clock, NoticeEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.documents = documents;
        this.cases = cases;
        this.settings = settings;
        this.audit = audit;
        this.serviceToken = serviceToken;
        this.clock = clock;
    }

    /**
     * Moves the case on: to NOTICE_OF_INTENT_ISSUED for a notice of intent, to DECIDED for a final decision; an
     * information or assessment notice leaves it where it is and is only put on its timeline.
     */
    public void moveCase(Notice n, Credentials forCase) {
        if (n.type.isInvestigatory()) {
            // an information or assessment notice decides nothing: the case stays where it is (DESIGN §3), but its
            // timeline says it was given; case-service records it once however often this is repeated. That door is
            // notice-service's client's alone, so the call is made with its token acting for the issuer.
            String issuer = n.pendingIssue != null ? n.pendingIssue.requestedBy : n.issuedBy;
            cases.noticeGiven(n.caseId, n.id, n.type.name(), n.reference, serviceToken.actingFor(issuer));
            return;
        }
        String target = n.type == NoticeType.NOTICE_OF_INTENT ? "NOTICE_OF_INTENT_ISSUED" : "DECIDED";
        try {
            cases.transition(n.caseId, target, n.type.title() + " " + n.reference + " issued", n.id,
                    "issue-" + n.id, forCase);
        } catch (DownstreamRefusedException e) {
            // An earlier attempt by another caller (the job, or a retry) may already have moved the case:
            // case-service scopes idempotency keys per caller, so it answers that attempt's twin with 409.
            if (!(e.status() == 409 && target.equals(e.currentStatus()))) {
                throw e;
            }
        }
    }

    /**
     * Fixes the notice as issued, with its document and its SHA-256. The notice is sent now, by the method the
     * decision-maker chose: when the day it is given differs from the one planned (the issue was completed later),
     * its dates follow. Repeating it changes nothing.
     */
    @Transactional
    public Notice finish(UUID id, Caller by) {
        Notice n = notices.lockForChange(id);
        if (n.status == NoticeStatus.ISSUED) {
            return n;
        }
        if (n.status != NoticeStatus.DRAFT || n.pendingIssue == null) {
            throw ProblemException.conflict("issue-not-pending", "Issue not pending",
                    "Notice " + n.reference + " is " + n.status + " with no issue in progress");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // sent now, by the method decided: the day it is given, and so its dates, follow from this instant
        GivingMethod method = n.givingMethod != null ? n.givingMethod : GivingMethod.BY_HAND;
        IssueDates.of(n, settings.givingRules().give(method, now)).applyTo(n);
        n.status = NoticeStatus.ISSUED;
        n.issuedBy = n.pendingIssue.requestedBy;
        n.issuedAt = now;
        n.issueKey = n.pendingIssue.key;
        n.pendingIssue = null;
        NoticeDocument document = document(n, now);
        documents.persist(document);
        n.documentSha256 = document.sha256;
        n.touch(now);
        Map<String, String> details = new HashMap<>();
        details.put("type", n.type.name());
        details.put("reference", n.reference);
        details.put("issuedOn", n.issuedOn.toString());
        details.put("givingMethod", n.givingMethod.name());
        details.put("givenOn", n.givenOn.toString());
        details.put("documentSha256", document.sha256);
        if (n.amount != null) {
            details.put("amount", n.amount.toPlainString());
        }
        if (n.requiredBy != null) {
            details.put("requiredBy", n.requiredBy.toString());
        }
        audit.record(by, "notice.issued", NoticeDraftService.RESOURCE, n.id.toString(), details);
        domainEvents.issued(n);
        domainEvents.given(n);
        notices.flush();
        return n;
    }

    private NoticeDocument document(Notice n, Instant now) {
        Notice noticeOfIntent = n.noticeOfIntentId == null ? null : notices.findById(n.noticeOfIntentId);
        byte[] pdf = NoticePdfRenderer.render(NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(
                noticeOfIntent, n.representationsReceived == null ? null : n.representationsReceived.longValue(),
                settings.paymentDetails(), settings.appealRights())));
        NoticeDocument document = new NoticeDocument();
        document.noticeId = n.id;
        document.content = pdf;
        document.sha256 = Sha256.hex(pdf);
        document.createdAt = now;
        return document;
    }
}
