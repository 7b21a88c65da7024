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

/** The PDF given to the organisation: written once at issue, never changed (the database refuses it). */
@Entity
@Immutable
@Table(name = "notice_document")
public class NoticeDocument {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
