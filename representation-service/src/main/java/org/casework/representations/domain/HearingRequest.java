package org.casework.representations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation's request to make oral representations (Sch 16 para 3(5)). */
@Entity
@Table(name = "hearing_request")
public class HearingRequest {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
