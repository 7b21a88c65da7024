package org.casework.notices.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.AppealDocument;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.repository.AppealRepository;
import org.casework.notices.rest.AppealView.DocumentView;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;

/**
 * The documents of an appeal: PDF, PNG or JPEG, recognised by their bytes (a renamed executable is refused), at most
 * 20 MB, kept with their SHA-256 and never changed.
 */
@ApplicationScoped
public class AppealDocuments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final AppealRepository appeals;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public AppealDocuments(AppealRepository appeals, AuditTrail audit, CallerContext caller, Clock clock) {
        this.appeals = appeals;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public DocumentView add(UUID appealId, Path file, String fileName, long size) {
        // locked, so documents sent at once are counted one after another
        appeals.lockForChange(appealId);
        RecordLimit.requireRoom(appeals.getEntityManager().createQuery(
                "select count(d) from AppealDocument d where d.appealId = ?1", Long.class).setParameter(1, appealId)
                .getSingleResult(), NoticeLimits.APPEAL_DOCUMENTS, "documents on an appeal");
        if (file == null) {
            throw ProblemException.unprocessable("file-required", "File required",
            "Send the document as the form part 'file'");
        }
        if (size <= 0 || size > MAX_BYTES) {
            throw ProblemException.unprocessable("file-size", "File size not accepted",
                    "A document must hold 1 byte to 20 MB; this one has " + size + " bytes");
        }
        byte[] content = EvidenceFiles.read(file);
        String type = EvidenceFiles.typeOf(content, "An appeal document must be a PDF, PNG or JPEG file");
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\p{Cntrl}/\\\\]",
        "_");
        AppealDocument d = new AppealDocument();
        d.id = UUID.randomUUID();
        d.appealId = appealId;
        d.fileName = name.length() > 255 ? name.substring(0, 255) : name;
        d.contentType = type;
        d.size = content.length;
        d.sha256 = Sha256.hex(content);
        d.content = content;
        d.uploadedBy = caller.get().subject();
        d.uploadedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        appeals.getEntityManager().persist(d);
        audit.record("appeal.document-added", AppealService.RESOURCE, appealId.toString(),
                Map.of("documentId", d.id.toString(), "sha256", d.sha256, "fileName", d.fileName));
        appeals.flush();
        return view(d);
    }

    public List<DocumentView> of(UUID appealId) {
        return appeals.getEntityManager().createQuery("select d.id, d.fileName, d.contentType, d.size, d.sha256 from "
                + "AppealDocument d where d.appealId = :a order by d.uploadedAt, d.id", Object[].class)
                .setParameter("a", appealId).getResultList().stream()
                .map(r -> new DocumentView((UUID) r[0], (String) r[1], (String) r[2], (Long) r[3],
                (String) r[4])).toList();
    }

    /** The document with its content, read inside the transaction. */
    @Transactional
    public AppealDocument read(UUID appealId, UUID documentId) {
        AppealDocument d = appeals.getEntityManager().find(AppealDocument.class, documentId);
        if (d == null || !d.appealId.equals(appealId)) {
            throw ProblemException.notFound("Document " + documentId);
        }
        d.content.getClass();
        audit.record("appeal.document-read", AppealService.RESOURCE, appealId.toString(),
        Map.of("documentId", d.id.toString()));
        return d;
    }

    private static DocumentView view(AppealDocument d) {
        return new DocumentView(d.id, d.fileName, d.contentType, d.size, d.sha256);
    }
}
