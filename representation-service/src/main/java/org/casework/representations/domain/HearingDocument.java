package org.casework.representations.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document of an oral hearing held (a note, slides, a transcript), stored as representation evidence is. */
@Entity
@Table(name = "hearing_document")
public class HearingDocument extends StoredFile {

    @Column(name = "hearing_request_id", nullable = false)
    public UUID hearingRequestId;
}
