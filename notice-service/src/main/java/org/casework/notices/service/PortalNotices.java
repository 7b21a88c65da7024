package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.service.fee.FeePenaltyDocuments;
import org.casework.notices.service.fee.FeePenaltyService;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * The organisation's notices as given, of every kind, in the portal: the notices of this service (notice of intent,
 * penalty, enforcement, information and assessment notices, reprimands, warnings) and the fixed penalties for an
 * unpaid charge, one list newest first. Only the caller's organisation (the token's org_id): another organisation's
 * notice, a draft, or none answers 404 alike. Reading the list, one notice or its document is audited.
 */
@ApplicationScoped
public class PortalNotices {

    private final NoticeRepository notices;
    private final FeePenaltyRepository penalties;
    private final NoticeQueries queries;
    private final FeePenaltyDocuments feeDocuments;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public PortalNotices(NoticeRepository notices, FeePenaltyRepository penalties, NoticeQueries queries,
            FeePenaltyDocuments feeDocuments, AuditTrail audit, CallerContext caller, Clock clock) {
        this.notices = notices;
        this.penalties = penalties;
        this.queries = queries;
        this.feeDocuments = feeDocuments;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** One entry: a notice of this service or a fixed penalty (exactly one of the two). */
    public record Given(Notice notice, FeePenalty penalty) {

        public UUID id() {
            return notice != null ? notice.id : penalty.id;
        }

        /** The list's sort key: the day its latest notice was issued (for a notice of this service, sent). */
        public LocalDate givenOn() {
            return notice != null ? notice.issuedOn
                    : penalty.penaltyNoticeGivenOn != null ? penalty.penaltyNoticeGivenOn : penalty.noticeOfIntentGivenOn;
        }
    }

    /** Newest first, by the day given then the id (as PostgreSQL orders uuids: their hex text), both descending. */
    static final Comparator<Given> NEWEST_FIRST = Comparator.comparing(Given::givenOn)
            .thenComparing(g -> g.id().toString()).reversed();

    public LocalDate today() {
        return LondonCalendar.today(clock);
    }

    /** A page of the organisation's notices; the two tables are read from the same cursor and merged. */
    @Transactional
    public Page<Given> list(String after, int limit) {
        String org = organisation();
        Cursor.After<LocalDate> from = Cursor.readAfter(after, LocalDate::parse);
        LocalDate before = from == null ? null : from.key();
        UUID beforeId = from == null ? null : from.id();
        List<Given> merged = new ArrayList<>();
        notices.givenTo(org, before, beforeId, limit).forEach(n -> merged.add(new Given(n, null)));
        penalties.givenTo(org, before, beforeId, limit).forEach(p -> merged.add(new Given(null, p)));
        merged.sort(NEWEST_FIRST);
        List<Given> page = merged.size() > limit ? merged.subList(0, limit) : merged;
        if (!page.isEmpty()) {
            // the list says what each notice requires (an enforcement step's words): read as the organisation's detail
            audit.record("notice.portal-listed", "organisation", org, Map.of("notices", String.valueOf(page.size())));
        }
        String next = null;
        if (page.size() == limit) {
            Given last = page.get(page.size() - 1);
            next = Cursor.after(last.givenOn(), last.id());
        }
        return new Page<>(List.copyOf(page), next);
    }

    /** One of the organisation's notices; an audited read. */
    @Transactional
    public Given one(UUID id) {
        Given g = own(id);
        if (g.notice() != null) {
            audit.record("notice.portal-read", NoticeDraftService.RESOURCE, id.toString(), Map.of());
        } else {
            audit.record("fee-penalty.portal-read", FeePenaltyService.RESOURCE, id.toString(),
                    Map.of("organisationId", g.penalty().organisationId));
        }
        return g;
    }

    /** A notice's PDF as given: a notice's stored document, or a fixed penalty's notice ({@code step}); audited. */
    @Transactional
    public NoticeQueries.IssuedDocument document(UUID id, String step) {
        FeePenaltyDocuments.step(step);
        Given g = own(id);
        if (g.notice() != null) {
            if (step != null && !step.isEmpty()) {
                throw ProblemException.badRequest("Parameter 'step' names one of the two notices of a fixed penalty; "
                        + "notice " + g.notice().reference + " has one document");
            }
            return queries.document(id);
        }
        FeePenaltyDocuments.Rendered r = feeDocuments.audited(g.penalty(), FeePenaltyDocuments.step(step));
        return new NoticeQueries.IssuedDocument(r.reference(), r.content(), r.sha256());
    }

    private Given own(UUID id) {
        String org = organisation();
        Notice n = notices.findByIdOptional(id).orElse(null);
        if (n != null) {
            if (org.equals(n.organisationId) && !n.isDraft() && n.issuedOn != null) {
                return new Given(n, null);
            }
            throw ProblemException.notFound("Notice " + id);
        }
        FeePenalty p = penalties.findByIdOptional(id).orElse(null);
        if (p != null && org.equals(p.organisationId)) {
            return new Given(null, p);
        }
        throw ProblemException.notFound("Notice " + id);
    }

    private String organisation() {
        String org = caller.get().organisationId();
        if (org == null || org.isBlank()) {
            // a representative's token without its organisation proves no right to any notice
            throw ProblemException.forbidden("organisation-missing", "The token names no organisation (org_id)");
        }
        return org;
    }
}
