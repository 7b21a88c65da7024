package org.casework.notices.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.ProgressEvidence;
import org.casework.notices.domain.enforcement.ProgressReport;
import org.casework.notices.events.EnforcementEvents;
import org.casework.notices.rest.StepTrackingView;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;

/**
 * The organisation reports progress on a step of its own enforcement notice, with evidence files checked as appeal
 * documents are: PDF, PNG or JPEG recognised by their bytes, 1 byte to 20 MB each, at most 5, kept with their SHA-256.
 */
@ApplicationScoped
public class ProgressReports {

    public static final int MAX_FILES = 5;

    /** An uploaded file as the form part gave it. */
    public record Upload(Path file, String fileName, long size) {
    }

    /** A file read and checked, before anything is written. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    private final StepQueries queries;
    private final EntityManager em;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final EnforcementEvents domainEvents;

    public ProgressReports(StepQueries queries, EntityManager em, AuditTrail audit, CallerContext caller, Clock clock, EnforcementEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.queries = queries;
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Reads and checks every file first, so one bad file refuses the whole report and nothing is written. */
    public static List<Checked> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw ProblemException.unprocessable("too-many-files", "Too many files",
                    "A progress report may carry at most " + MAX_FILES + " files; " + uploads.size() + " were sent");
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload u : uploads) {
            if (u.file() == null || u.size() <= 0 || u.size() > AppealDocuments.MAX_BYTES) {
                throw ProblemException.unprocessable("file-size", "File size not accepted",
                        "Evidence must hold 1 byte to 20 MB a file; " + name(u.fileName()) + " has " + u.size() + " bytes");
            }
            byte[] content = EvidenceFiles.read(u.file());
            checked.add(new Checked(name(u.fileName()), EvidenceFiles.typeOf(content,
                    "Evidence must be a PDF, PNG or JPEG file; " + name(u.fileName()) + " is none of these"), content, Sha256.hex(content)));
        }
        return checked;
    }

    /** Writes the report on the caller's organisation's own issued notice (404 for any other), audited. */
    @Transactional
    public StepTrackingView report(UUID noticeId, UUID stepId, String text, List<Checked> files) {
        Notice n = queries.ownIssued(noticeId);
        EnforcementStep step = n.enforcementSteps.stream().filter(s -> s.id.equals(stepId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Step " + stepId + " of notice " + noticeId));
        em.lock(n, LockModeType.PESSIMISTIC_WRITE);
        RecordLimit.requireRoom(em.createQuery("select count(p) from ProgressReport p where p.stepId = ?1", Long.class)
                .setParameter(1, step.id).getSingleResult(), NoticeLimits.PROGRESS_REPORTS,
                "progress reports on a step");
        String by = caller.get().subject();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ProgressReport p = new ProgressReport();
        p.id = UUID.randomUUID();
        p.stepId = step.id;
        p.noticeId = n.id;
        p.text = text;
        p.reportedBy = by;
        p.reportedAt = now;
        em.persist(p);
        for (Checked f : files) {
            ProgressEvidence e = new ProgressEvidence();
            e.id = UUID.randomUUID();
            e.progressId = p.id;
            e.fileName = f.fileName();
            e.contentType = f.contentType();
            e.size = f.content().length;
            e.sha256 = f.sha256();
            e.content = f.content();
            e.uploadedBy = by;
            e.uploadedAt = now;
            em.persist(e);
        }
        audit.record("enforcement.progress-reported", NoticeDraftService.RESOURCE, noticeId.toString(),
                Map.of("stepId", stepId.toString(), "progressId", p.id.toString(),
                        "evidenceSha256", String.join(",", files.stream().map(Checked::sha256).toList())));
        domainEvents.progressReported(n, p, files.size());
        em.flush();
        return queries.views(n).stream().filter(v -> v.id().equals(stepId)).findFirst().orElseThrow().forPortal();
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\p{Cntrl}/\\\\]",
        "_");
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
