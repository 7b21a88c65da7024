package org.casework.notices.domain.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.notices.domain.Notice;

/**
 * A step an enforcement notice requires (DPA 2018 s.149(1)), with its own compliance date (s.150(4)) and, once the
 * notice is given, whether a caseworker found it complied with. Replaced as a whole while the notice is a draft;
 * after issue only its status, note and decider change ({@link StepCompliance}).
 */
@Entity
@Table(name = "enforcement_step")
public class EnforcementStep {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    /** Read side only: the notice's list of steps; the step is written through {@link #noticeId}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id", insertable = false, updatable = false)
    public Notice notice;

    /** 1 for the first step, as the notice numbers them. */
    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String text;

    /** Changed after issue only by a variation (DPA 2018 s.153), recorded with the dates before and after. */
    @Column(name = "compliance_date", nullable = false)
    public LocalDate complianceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepStatus status = StepStatus.PENDING;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;

    @Version
    public long version;
}
