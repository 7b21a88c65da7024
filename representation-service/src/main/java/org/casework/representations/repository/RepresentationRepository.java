package org.casework.representations.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.representations.domain.Representation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RepresentationRepository implements PanacheRepositoryBase<Representation, UUID> {

    public List<Representation> ofNotice(UUID noticeId) {
        return find("noticeId = ?1 order by submittedAt, id", noticeId).list();
    }

    /** A page of a notice's representations in the order they arrived (keyset on submitted_at, id). */
    public List<Representation> pageOfNotice(UUID noticeId, Instant afterSubmitted, UUID afterId, int limit) {
        if (afterSubmitted == null) {
            return find("noticeId = ?1 order by submittedAt, id", noticeId).range(0, limit - 1).list();
        }
        return find("noticeId = ?1 and (submittedAt > ?2 or (submittedAt = ?2 and id > ?3)) order by submittedAt, id",
                noticeId, afterSubmitted, afterId).range(0, limit - 1).list();
    }

    /** A page of the representations not yet considered, oldest first (keyset on submitted_at, id). */
    public List<Representation> pageToConsider(Instant afterSubmitted, UUID afterId, int limit) {
        if (afterSubmitted == null) {
            return find("consideredAt is null order by submittedAt, id").range(0, limit - 1).list();
        }
        return find("consideredAt is null and (submittedAt > ?1 or (submittedAt = ?1 and id > ?2)) order by submittedAt, id",
                afterSubmitted, afterId).range(0, limit - 1).list();
    }

    public Optional<Representation> ofOrganisation(UUID id, String organisationId) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public Optional<Representation> lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public long received(UUID noticeId) {
        return count("noticeId", noticeId);
    }

    public long considered(UUID noticeId) {
        return count("noticeId = ?1 and consideredAt is not null", noticeId);
    }

    /** How many submissions an organisation made since {@code since}, and when the oldest of them was. */
    public List<Instant> submittedSince(String organisationId, Instant since) {
        return find("organisationId = ?1 and submittedAt > ?2 order by submittedAt", organisationId, since)
                .project(SubmittedAt.class).list().stream().map(SubmittedAt::submittedAt).toList();
    }

    public record SubmittedAt(Instant submittedAt) {
    }

    /** Serialises one organisation's submissions, so its rate is counted exactly under concurrency. */
    public void lockOrganisation(String organisationId) {
        TransactionLock.acquire(getEntityManager(), "representation-rate:" + organisationId);
    }
}
