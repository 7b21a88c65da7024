package org.casework.notices.domain.enforcement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** What the organisation reported through the portal about a step, with its evidence files; never changed. */
@Entity
@Immutable
@Table(name = "enforcement_progress")
public class ProgressReport {

    @Id
    public UUID id;

    @Column(name = "step_id", nullable = false)
    public UUID stepId;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(nullable = false)
    public String text;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
}
