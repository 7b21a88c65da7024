package org.casework.representations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of evidence: its sanitised name, the type found in its content, its size and SHA-256, and where its bytes are. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    public UUID id;

    @Column(name = "representation_id", nullable = false)
    public UUID representationId;

    @Column(nullable = false)
    public int position;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** The PostgreSQL large object holding the bytes. */
    @Column(name = "content_oid", nullable = false)
    public long contentOid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
