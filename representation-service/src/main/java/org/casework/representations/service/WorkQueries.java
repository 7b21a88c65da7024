package org.casework.representations.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.Representation;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What waits on staff, oldest first, for the dashboard's task list: representations not yet considered and requests
 * for more time not yet decided. Each item says which notice and organisation and when, never what was written
 * (the statement or reasons are read on the item's own page, where that read is audited as such). The notices'
 * references come from their windows in one query per page. Each list read is audited.
 */
@ApplicationScoped
public class WorkQueries {

    public record RepresentationToConsider(UUID id, UUID noticeId,
            @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference, UUID caseId,
            @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId, Instant submittedAt) {
    }

    public record ExtensionToDecide(UUID id, UUID noticeId,
            @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference, UUID caseId,
            @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId, LocalDate requestedUntil,
            Instant requestedAt) {
    }

    private final RepresentationRepository representations;
    private final RequestRepositories.Extensions extensions;
    private final WindowRepository windows;
    private final AuditTrail audit;

    public WorkQueries(RepresentationRepository representations, RequestRepositories.Extensions extensions,
            WindowRepository windows, AuditTrail audit) {
        this.representations = representations;
        this.extensions = extensions;
        this.windows = windows;
        this.audit = audit;
    }

    @Transactional
    public Page<RepresentationToConsider> representationsToConsider(String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        List<Representation> page = representations.pageToConsider(from == null ? null : from.key(),
                from == null ? null : from.id(), limit);
        Map<UUID, RepresentationWindow> byNotice = windowsOf(page.stream().map(r -> r.noticeId).toList());
        audit.record("representation.to-consider-read", SubmissionService.RESOURCE, "to-consider",
                Map.of("representations", String.valueOf(page.size())));
        String next = page.size() == limit ? Cursor.after(page.get(limit - 1).submittedAt, page.get(limit - 1).id) : null;
        return new Page<>(page.stream().map(r -> {
            RepresentationWindow w = byNotice.get(r.noticeId);
            return new RepresentationToConsider(r.id, r.noticeId, w == null ? null : w.noticeReference,
                    w == null ? null : w.caseId, r.organisationId, r.submittedAt);
        }).toList(), next);
    }

    @Transactional
    public Page<ExtensionToDecide> extensionsToDecide(String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        List<ExtensionRequest> page = extensions.pageToDecide(from == null ? null : from.key(),
                from == null ? null : from.id(), limit);
        Map<UUID, RepresentationWindow> byNotice = windowsOf(page.stream().map(e -> e.noticeId).toList());
        audit.record("extension.to-decide-read", WindowService.RESOURCE, "to-decide",
                Map.of("requests", String.valueOf(page.size())));
        String next = page.size() == limit ? Cursor.after(page.get(limit - 1).requestedAt, page.get(limit - 1).id) : null;
        return new Page<>(page.stream().map(e -> {
            RepresentationWindow w = byNotice.get(e.noticeId);
            return new ExtensionToDecide(e.id, e.noticeId, w == null ? null : w.noticeReference,
                    w == null ? null : w.caseId, e.organisationId, e.requestedUntil, e.requestedAt);
        }).toList(), next);
    }

    private Map<UUID, RepresentationWindow> windowsOf(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return windows.list("noticeId in ?1", noticeIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(w -> w.noticeId, Function.identity()));
    }
}
