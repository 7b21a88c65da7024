package org.casework.representations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A file received and kept byte for byte: its sanitised name, the type found in its content, its size and
 * SHA-256, and the large object holding its bytes. Representation evidence and hearing documents are both
 * stored, checked and sent back this one way.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    public UUID id;

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
