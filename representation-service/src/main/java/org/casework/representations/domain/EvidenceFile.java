package org.casework.representations.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A file of evidence sent with a representation. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends StoredFile {

    @Column(name = "representation_id", nullable = false)
    public UUID representationId;
}
