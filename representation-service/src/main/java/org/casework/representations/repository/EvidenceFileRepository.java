package org.casework.representations.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.representations.domain.EvidenceFile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EvidenceFileRepository implements PanacheRepositoryBase<EvidenceFile, UUID> {

    public List<EvidenceFile> ofRepresentation(UUID representationId) {
        return find("representationId = ?1 order by position", representationId).list();
    }

    /** The files of several representations in one query. */
    public List<EvidenceFile> ofRepresentations(Collection<UUID> representationIds) {
        if (representationIds.isEmpty()) {
            return List.of();
        }
        return find("representationId in ?1 order by representationId, position", representationIds).list();
    }

    public Optional<EvidenceFile> ofRepresentation(UUID representationId, UUID fileId) {
        return find("id = ?1 and representationId = ?2", fileId, representationId).firstResultOptional();
    }
}
