package org.casework.representations.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.representations.domain.RepresentationWindow;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WindowRepository implements PanacheRepositoryBase<RepresentationWindow, UUID> {

    public Optional<RepresentationWindow> lockForChange(UUID noticeId) {
        return findByIdOptional(noticeId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises the opening of one notice's window. A row lock cannot do it while the row does not exist
     * yet: two identical opens at once would both insert, and the second would fail on the key.
     */
    public void lockOpening(UUID noticeId) {
        TransactionLock.acquire(getEntityManager(), "representation-window:" + noticeId);
    }

    /** An organisation's own window, or nothing: another organisation's looks exactly like no window. */
    public Optional<RepresentationWindow> ofOrganisation(UUID noticeId, String organisationId) {
        return find("noticeId = ?1 and organisationId = ?2", noticeId, organisationId).firstResultOptional();
    }

    public Optional<RepresentationWindow> lockOfOrganisation(UUID noticeId, String organisationId) {
        return find("noticeId = ?1 and organisationId = ?2", noticeId, organisationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A page of an organisation's windows, newest first (keyset on opened_at, notice_id). */
    public List<RepresentationWindow> pageOf(String organisationId, Instant beforeOpened, UUID beforeId, int limit) {
        if (beforeOpened == null) {
            return find("organisationId = ?1 order by openedAt desc, noticeId desc", organisationId)
                    .range(0, limit - 1).list();
        }
        return find("organisationId = ?1 and (openedAt < ?2 or (openedAt = ?2 and noticeId < ?3)) "
                + "order by openedAt desc, noticeId desc", organisationId, beforeOpened, beforeId)
                .range(0, limit - 1).list();
    }
}
