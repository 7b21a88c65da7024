package org.casework.notices.domain.enforcement;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.casework.notices.domain.UploadedFile;
import org.hibernate.annotations.Immutable;

/** A file of evidence with a progress report, kept as appeal documents are: checked type, size and SHA-256. */
@Entity
@Immutable
@Table(name = "enforcement_evidence")
public class ProgressEvidence extends UploadedFile {

    @Column(name = "progress_id", nullable = false)
    public UUID progressId;
}
