package org.casework.notices.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The variation notice's PDF, kept apart so reading a notice does not load it; never changed. */
@Entity
@Immutable
@Table(name = "notice_variation_document")
public class NoticeVariationDocument {

    @Id
    @Column(name = "variation_id")
    public UUID variationId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
