package org.casework.notices.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.NoticeVariation;
import org.casework.notices.domain.NoticeVariationDocument;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;

/** Reading a variation notice's PDF: only through the notice it varies. */
@ApplicationScoped
public class VariationDocuments {

    private final NoticeRepository notices;
    private final AuditTrail audit;

    public VariationDocuments(NoticeRepository notices, AuditTrail audit) {
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    public NoticeVariationDocument read(UUID noticeId, UUID variationId) {
        NoticeVariation v = notices.getEntityManager().find(NoticeVariation.class, variationId);
        if (v == null || !v.noticeId.equals(noticeId)) {
            throw ProblemException.notFound("Variation " + variationId);
        }
        NoticeVariationDocument d = notices.getEntityManager().find(NoticeVariationDocument.class, variationId);
        d.content.getClass();
        audit.record("notice.variation-document-read", NoticeDraftService.RESOURCE, noticeId.toString(),
                Map.of("variationId", variationId.toString(), "sha256", d.sha256));
        return d;
    }
}
