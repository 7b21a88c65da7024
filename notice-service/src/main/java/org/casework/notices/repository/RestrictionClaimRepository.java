package org.casework.notices.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.notices.domain.investigation.RestrictionClaim;
import org.casework.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RestrictionClaimRepository implements PanacheRepositoryBase<RestrictionClaim, UUID> {

    public List<RestrictionClaim> ofNotice(UUID noticeId) {
        return list("noticeId = ?1 order by claimedAt, id", noticeId);
    }

    /** The claim, locked for a change; 404 if there is none. */
    public RestrictionClaim lockForChange(UUID claimId) {
        RestrictionClaim c = findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ProblemException.notFound("Restriction claim " + claimId);
        }
        return c;
    }
}
