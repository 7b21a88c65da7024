package org.casework.notices.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeDocument;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.repository.NoticeDocumentRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;

/** Reading notices: a notice, a case's notices and a document are audited reads; the register (RegisterQueries) is public. */
@ApplicationScoped
public class NoticeQueries {

    private final NoticeRepository notices;
    private final NoticeDocumentRepository documents;
    private final AuditTrail audit;

    public NoticeQueries(NoticeRepository notices, NoticeDocumentRepository documents, AuditTrail audit) {
        this.notices = notices;
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional
    public Notice read(UUID id) {
        Notice n = notices.require(id);
        audit.record("notice.read", NoticeDraftService.RESOURCE, id.toString(), Map.of());
        return n;
    }

    @Transactional
    public Page<Notice> ofCase(UUID caseId, String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        Instant afterCreated = from == null ? null : from.key();
        UUID afterId = from == null ? null : from.id();
        List<Notice> page = notices.ofCase(caseId, afterCreated, afterId, limit);
        if (!page.isEmpty()) {
            // the list carries each notice's detail (reasons, calculation): reading it is audited like one notice
            audit.record("notice.listed", "case", caseId.toString(), Map.of("notices", String.valueOf(page.size())));
        }
        String next = null;
        if (page.size() == limit) {
            Notice last = page.get(page.size() - 1);
            next = Cursor.after(last.createdAt, last.id);
        }
        return new Page<>(page, next);
    }

    /**
     * Drafts waiting to be issued, oldest first, for the dashboard's task list. Each item says which case,
     * organisation and kind, never the draft's reasons; the list read is audited.
     */
    @Transactional
    public Page<Notice> drafts(String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        List<Notice> page = notices.drafts(from == null ? null : from.key(), from == null ? null : from.id(), limit);
        audit.record("notice.drafts-read", NoticeDraftService.RESOURCE, "drafts", Map.of("notices", String.valueOf(page.size())));
        String next = page.size() == limit ? Cursor.after(page.get(limit - 1).createdAt, page.get(limit - 1).id) : null;
        return new Page<>(page, next);
    }

    /** A notice's PDF and its SHA-256, read inside the transaction (the content is loaded lazily). */
    public record IssuedDocument(String reference, byte[] content, String sha256) {
    }

    /** The issued document, unchanged since issue; reading it is audited. */
    @Transactional
    public IssuedDocument document(UUID id) {
        Notice n = notices.require(id);
        if (n.status != NoticeStatus.ISSUED && n.documentSha256 == null) {
            throw ProblemException.conflict("not-issued", "Not issued",
                    "Notice " + n.reference + " is " + n.status + ": it has no document until it is issued");
        }
        NoticeDocument document = documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The document of notice " + id));
        audit.record("notice.document-read", NoticeDraftService.RESOURCE, id.toString(),
                Map.of("documentSha256", document.sha256));
        return new IssuedDocument(n.reference, document.content, document.sha256);
    }
}
