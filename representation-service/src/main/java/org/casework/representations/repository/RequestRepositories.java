package org.casework.representations.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.HearingDocument;
import org.casework.representations.domain.HearingRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Extension and hearing requests (few per notice, read whole), and the documents of hearings held. */
public final class RequestRepositories {

    private RequestRepositories() {
    }

    @ApplicationScoped
    public static class Extensions implements PanacheRepositoryBase<ExtensionRequest, UUID> {
        /** A page of the requests for more time not yet decided, oldest first (keyset on requested_at, id). */
        public List<ExtensionRequest> pageToDecide(Instant afterRequested, UUID afterId, int limit) {
            if (afterRequested == null) {
                return find("status = ?1 order by requestedAt, id", ExtensionRequest.Status.PENDING).range(0, limit - 1).list();
            }
            return find("status = ?1 and (requestedAt > ?2 or (requestedAt = ?2 and id > ?3)) order by requestedAt, id",
                    ExtensionRequest.Status.PENDING, afterRequested, afterId).range(0, limit - 1).list();
        }

        public List<ExtensionRequest> ofNotice(UUID noticeId) {
            return find("noticeId = ?1 order by requestedAt, id", noticeId).list();
        }

        public long undecided(UUID noticeId) {
            return count("noticeId = ?1 and status = ?2", noticeId, ExtensionRequest.Status.PENDING);
        }
    }

    @ApplicationScoped
    public static class Hearings implements PanacheRepositoryBase<HearingRequest, UUID> {
        public List<HearingRequest> ofNotice(UUID noticeId) {
            return find("noticeId = ?1 order by requestedAt, id", noticeId).list();
        }

        public long countOf(UUID noticeId, HearingRequest.Status status) {
            return count("noticeId = ?1 and status = ?2", noticeId, status);
        }

        /** A page of the requests waiting for a decision, oldest first (keyset on requested_at, id). */
        public List<HearingRequest> pageUndecided(Instant afterRequested, UUID afterId, int limit) {
            if (afterRequested == null) {
                return find("status = ?1 order by requestedAt, id", HearingRequest.Status.REQUESTED)
                        .range(0, limit - 1).list();
            }
            return find("status = ?1 and (requestedAt > ?2 or (requestedAt = ?2 and id > ?3)) order by requestedAt, id",
                    HearingRequest.Status.REQUESTED, afterRequested, afterId).range(0, limit - 1).list();
        }

        public Optional<HearingRequest> lockForChange(UUID id) {
            return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        }

        public Optional<HearingRequest> ofOrganisation(UUID id, String organisationId) {
            return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class HearingDocuments implements PanacheRepositoryBase<HearingDocument, UUID> {
        public List<HearingDocument> ofRequests(Collection<UUID> requestIds) {
            if (requestIds.isEmpty()) {
                return List.of();
            }
            return find("hearingRequestId in ?1 order by hearingRequestId, position", requestIds).list();
        }

        public Optional<HearingDocument> ofRequest(UUID requestId, UUID documentId) {
            return find("id = ?1 and hearingRequestId = ?2", documentId, requestId).firstResultOptional();
        }
    }
}
