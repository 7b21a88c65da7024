package org.casework.cases.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.cases.domain.Finding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public Optional<Finding> findOnCase(UUID caseId, UUID findingId) {
        return find("id = ?1 and investigationCase.id = ?2", findingId, caseId).firstResultOptional();
    }
}
