package org.casework.representations.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.HearingRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Extension and hearing requests: few per notice, read whole. */
public final class RequestRepositories {

    private RequestRepositories() {
    }

    @ApplicationScoped
    public static class Extensions implements PanacheRepositoryBase<ExtensionRequest, UUID> {
        public List<ExtensionRequest> ofNotice(UUID noticeId) {
            return find("noticeId = ?1 order by requestedAt, id", noticeId).list();
        }
    }

    @ApplicationScoped
    public static class Hearings implements PanacheRepositoryBase<HearingRequest, UUID> {
        public List<HearingRequest> ofNotice(UUID noticeId) {
            return find("noticeId = ?1 order by requestedAt, id", noticeId).list();
        }
    }
}
