package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.ProgressEvidence;
import org.casework.notices.domain.enforcement.ProgressReport;
import org.casework.notices.domain.enforcement.StepCompliance;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.rest.StepTrackingView;
import org.casework.notices.rest.StepTrackingView.EvidenceView;
import org.casework.notices.rest.StepTrackingView.ProgressView;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/** Reading the steps of enforcement notices: for caseworkers, for the organisation in the portal, and one evidence file. */
@ApplicationScoped
public class StepQueries {

    private final NoticeRepository notices;
    private final EntityManager em;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public StepQueries(NoticeRepository notices, EntityManager em, AuditTrail audit, CallerContext caller, Clock clock) {
        this.notices = notices;
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The steps with their progress reports; the reports may carry the organisation's evidence, so reading is audited. */
    @Transactional
    public List<StepTrackingView> of(UUID noticeId) {
        Notice n = notices.require(noticeId);
        audit.record("enforcement.steps-read", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return views(n);
    }

    /** The organisation's own issued enforcement notice only: another's answers 404, exactly as a missing one. */
    @Transactional
    public List<StepTrackingView> ofOwnNotice(UUID noticeId) {
        Notice n = ownIssued(noticeId);
        audit.record("enforcement.steps-portal-read", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return views(n).stream().map(StepTrackingView::forPortal).toList();
    }

    /** Refuses unless the notice is the caller's organisation's issued enforcement notice (403, 404). */
    @Transactional
    public void requireOwn(UUID noticeId) {
        ownIssued(noticeId);
    }

    /** The caller's organisation's issued enforcement notice, or 403 (no organisation) / 404 (any other). */
    public Notice ownIssued(UUID noticeId) {
        String org = caller.get().organisationId();
        if (org == null || org.isBlank()) {
            // a representative's token without its organisation proves no right to any notice
            throw ProblemException.forbidden("organisation-missing", "The token names no organisation (org_id)");
        }
        Notice n = notices.findByIdOptional(noticeId).orElse(null);
        if (n == null || !org.equals(n.organisationId) || n.isDraft() || n.type != NoticeType.ENFORCEMENT_NOTICE) {
            throw ProblemException.notFound("Notice " + noticeId);
        }
        return n;
    }

    /** One evidence file of a step of this notice, with its content; the read is audited. */
    @Transactional
    public ProgressEvidence evidence(UUID noticeId, UUID stepId, UUID evidenceId) {
        ProgressEvidence e = em.find(ProgressEvidence.class, evidenceId);
        ProgressReport p = e == null ? null : em.find(ProgressReport.class, e.progressId);
        if (p == null || !p.noticeId.equals(noticeId) || !p.stepId.equals(stepId)) {
            throw ProblemException.notFound("Evidence " + evidenceId);
        }
        e.content.getClass();
        audit.record("enforcement.evidence-read", NoticeDraftService.RESOURCE, noticeId.toString(),
                Map.of("evidenceId", evidenceId.toString()));
        return e;
    }

    public List<StepTrackingView> views(Notice n) {
        LocalDate today = LondonCalendar.today(clock);
        List<ProgressReport> reports = em.createQuery("from ProgressReport p where p.noticeId = :n "
                + "order by p.reportedAt, p.id", ProgressReport.class).setParameter("n", n.id).getResultList();
        List<Object[]> files = em.createQuery("select e.progressId, e.id, e.fileName, e.contentType, e.size, e.sha256 "
                + "from ProgressEvidence e, ProgressReport p where e.progressId = p.id and p.noticeId = :n "
                + "order by e.uploadedAt, e.id", Object[].class).setParameter("n", n.id).getResultList();
        return n.enforcementSteps.stream().map(s -> view(n, s, today, reports, files)).toList();
    }

    private static StepTrackingView view(Notice n, EnforcementStep s, LocalDate today, List<ProgressReport> reports,
            List<Object[]> files) {
        List<ProgressView> progress = reports.stream().filter(p -> p.stepId.equals(s.id))
                .map(p -> new ProgressView(p.id, p.text, p.reportedBy, p.reportedAt, files.stream()
                        .filter(f -> f[0].equals(p.id))
                        .map(f -> new EvidenceView((UUID) f[1], (String) f[2], (String) f[3], (Long) f[4], (String) f[5]))
                        .toList()))
                .toList();
        return new StepTrackingView(s.id, n.id, s.position, s.text, s.complianceDate, s.status,
                StepCompliance.missed(s, n, today), s.decidedBy, s.decidedAt, s.note, progress);
    }
}
