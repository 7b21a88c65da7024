package org.casework.notices.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealStatus;
import org.casework.notices.domain.Notice;
import org.casework.notices.repository.AppealRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.rest.AppealView;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;

/** Reading appeals: by notice, one by one, paged by status, and the organisation's own in the portal. */
@ApplicationScoped
public class AppealQueries {

    private final AppealRepository appeals;
    private final NoticeRepository notices;
    private final AppealDocuments documents;
    private final CallerContext caller;
    private final AuditTrail audit;

    public AppealQueries(AppealRepository appeals, NoticeRepository notices, AppealDocuments documents,
            CallerContext caller, AuditTrail audit) {
        this.audit = audit;
        this.appeals = appeals;
        this.notices = notices;
        this.documents = documents;
        this.caller = caller;
    }

    /** The appeal as a change answers it (the change itself is audited). */
    @Transactional
    public AppealView view(UUID id) {
        Appeal a = appeals.require(id);
        return AppealView.of(a, notices.require(a.noticeId), documents.of(a.id));
    }

    @Transactional
    public AppealView one(UUID id) {
        Appeal a = appeals.require(id);
        audit.record("appeal.read", AppealService.RESOURCE, id.toString(), Map.of());
        return AppealView.of(a, notices.require(a.noticeId), documents.of(a.id));
    }

    @Transactional
    public List<AppealView> ofNotice(UUID noticeId) {
        Notice n = notices.require(noticeId);
        // the list carries the grounds of appeal: reading it is audited like reading the notice
        audit.record("appeal.listed", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return appeals.ofNotice(noticeId).stream().map(a -> AppealView.of(a, n, documents.of(a.id))).toList();
    }

    @Transactional
    public Page<AppealView> page(AppealStatus status, String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        Instant at = from == null ? null : from.key();
        UUID afterId = from == null ? null : from.id();
        List<Appeal> page = appeals.page(status, at, afterId, limit);
        String next = null;
        if (page.size() == limit) {
            Appeal last = page.get(page.size() - 1);
            next = Cursor.after(last.recordedAt, last.id);
        }
        return new Page<>(page.stream().map(a -> AppealView.of(a, notices.require(a.noticeId), documents.of(a.id)))
                .toList(), next);
    }

    /** The organisation's own notice only: another organisation's notice answers 404, exactly as a missing one. */
    @Transactional
    public List<AppealView.PortalAppealView> ofOwnNotice(UUID noticeId) {
        String org = caller.get().organisationId();
        if (org == null || org.isBlank()) {
            // a representative's token without its organisation proves no right to any notice
            throw ProblemException.forbidden("organisation-missing", "The token names no organisation (org_id)");
        }
        Notice n = notices.findByIdOptional(noticeId).orElse(null);
        if (n == null || !org.equals(n.organisationId) || n.isDraft()) {
            throw ProblemException.notFound("Notice " + noticeId);
        }
        audit.record("appeal.portal-listed", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return appeals.ofNotice(noticeId).stream().map(a -> AppealView.PortalAppealView.of(a, n)).toList();
    }
}
