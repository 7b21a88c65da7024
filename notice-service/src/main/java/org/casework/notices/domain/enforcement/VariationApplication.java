package org.casework.notices.domain.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.notices.domain.NoticeLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The organisation's written application for the cancellation or variation of its enforcement notice (DPA 2018
 * s.153(2)), with the change of circumstances it rests on (s.153(3)(b)), and the regulator's one decision on it.
 * The rules are {@link VariationApplicationRules}.
 */
@Entity
@Table(name = "enforcement_variation_application")
public class VariationApplication {

    /** What the organisation asks for. */
    public enum Kind {
        CANCEL,
        VARY
    }

    /** PENDING until decided; then granted as a cancellation or a variation, or refused. */
    public enum Status {
        PENDING,
        CANCELLED,
        VARIED,
        REFUSED
    }

    /** A step the application names: a step that need no longer be complied with as it stands, and the date asked. */
    public record NamedStep(UUID stepId, @Schema(minimum = "1", maximum = "" + NoticeLimits.STEPS) int position,
            LocalDate requestedComplianceDate) {
    }

    /** A step whose compliance date a variation changed. */
    public record DateChange(UUID stepId, @Schema(minimum = "1", maximum = "" + NoticeLimits.STEPS) int position,
            LocalDate before, LocalDate after) {
    }

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<NamedStep> steps = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public String grounds;

    @Column(name = "applied_by", nullable = false, updatable = false)
    public String appliedBy;

    @Column(name = "applied_at", nullable = false, updatable = false)
    public Instant appliedAt;

    /** The London day the application was received. */
    @Column(name = "applied_on", nullable = false, updatable = false)
    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "decision_reasons")
    public String decisionReasons;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DateChange> changes;

    /** The variation recorded on the notice (with its document) when granted as a variation. */
    @Column(name = "variation_id")
    public UUID variationId;

    @Version
    public long version;
}
