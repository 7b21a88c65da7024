package org.casework.notices.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealStatus;
import org.casework.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public Appeal require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Appeal " + id));
    }

    public Appeal lockForChange(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Appeal " + id));
    }

    public List<Appeal> ofNotice(UUID noticeId) {
        return list("noticeId = ?1 order by recordedAt, id", noticeId);
    }

    public long countOfNotice(UUID noticeId) {
        return count("noticeId", noticeId);
    }

    public boolean pendingFor(UUID noticeId) {
        return count("noticeId = ?1 and status = ?2", noticeId, AppealStatus.PENDING) > 0;
    }

    /** A page of appeals, optionally of one status, oldest first (keyset on recorded_at, id). */
    public List<Appeal> page(AppealStatus status, Instant afterRecorded, UUID afterId, int limit) {
        String where = status == null ? "1 = 1" : "status = :status";
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (status != null) {
            p.and("status", status);
        }
        if (afterRecorded != null) {
            where += " and (recordedAt > :at or (recordedAt = :at and id > :id))";
            p.and("at", afterRecorded).and("id", afterId);
        }
        return find(where + " order by recordedAt, id", p).range(0, limit - 1).list();
    }
}
