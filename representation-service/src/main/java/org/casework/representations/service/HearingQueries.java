package org.casework.representations.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.HearingDocument;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;
import org.casework.representations.service.HearingService.Hearing;

/**
 * Reading hearing requests with their decisions and records. Reads that show an organisation's reasons or the
 * hearing's documents are audited; the portal's are filtered by the caller's organisation in the query, so
 * another organisation's notice answers 404 exactly as a missing one.
 */
@ApplicationScoped
public class HearingQueries {

    private final RequestRepositories.Hearings hearings;
    private final RequestRepositories.HearingDocuments documents;
    private final WindowRepository windows;
    private final AuditTrail audit;
    private final CallerContext caller;

    public HearingQueries(RequestRepositories.Hearings hearings, RequestRepositories.HearingDocuments documents,
            WindowRepository windows, AuditTrail audit, CallerContext caller) {
        this.hearings = hearings;
        this.documents = documents;
        this.windows = windows;
        this.audit = audit;
        this.caller = caller;
    }

    /** A request just changed, to answer that change: the change is audited, not read again. */
    @Transactional
    public Hearing changed(UUID id) {
        HearingRequest h = hearings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Hearing request " + id));
        return withDocuments(List.of(h)).get(0);
    }

    /** The requests waiting for a decision, oldest first: the dashboard's list. The read is audited. */
    @Transactional
    public Page<Hearing> toDecide(String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        Instant afterRequested = from == null ? null : from.key();
        UUID afterId = from == null ? null : from.id();
        List<HearingRequest> page = hearings.pageUndecided(afterRequested, afterId, limit);
        String next = null;
        if (page.size() == limit) {
            HearingRequest last = page.get(page.size() - 1);
            next = Cursor.after(last.requestedAt, last.id);
        }
        audit.record("hearing.to-decide-read", HearingService.RESOURCE, "to-decide",
                Map.of("requests", String.valueOf(page.size())));
        return new Page<>(withDocuments(page), next);
    }

    /** A hearing's document, for staff; the download is audited with the document's SHA-256. */
    @Transactional
    public HearingDocument document(UUID requestId, UUID documentId) {
        HearingDocument d = documents.ofRequest(requestId, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document " + documentId));
        audit.record("hearing.document-downloaded", HearingService.RESOURCE, requestId.toString(),
                Map.of("documentId", documentId.toString(), "sha256", d.sha256));
        return d;
    }

    /** The caller's organisation's hearing requests on one of its notices; audited, as it shows their reasons. */
    @Transactional
    public List<HearingRequest> mine(UUID noticeId) {
        String organisation = OrganisationScope.of(caller.get());
        windows.ofOrganisation(noticeId, organisation).orElseThrow(() -> OrganisationScope.notFound("Notice " + noticeId));
        List<HearingRequest> list = hearings.ofNotice(noticeId);
        audit.record("hearing.list-read", WindowService.RESOURCE, noticeId.toString(),
                Map.of("requests", String.valueOf(list.size())));
        return list;
    }

    /** Requests with their documents, the documents read in one query. */
    public List<Hearing> withDocuments(List<HearingRequest> requests) {
        Map<UUID, List<HearingDocument>> byRequest = documents.ofRequests(requests.stream().map(h -> h.id).toList())
                .stream().collect(Collectors.groupingBy(d -> d.hearingRequestId));
        return requests.stream().map(h -> new Hearing(h, byRequest.getOrDefault(h.id, List.of()))).toList();
    }
}
