package org.casework.notices.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The uploads of unpaid charges, each with its counts and rejected rows. */
@ApplicationScoped
public class FeePenaltyBatchRepository implements PanacheRepositoryBase<FeePenaltyBatch, UUID> {

    public FeePenaltyBatch require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Batch " + id));
    }
}
