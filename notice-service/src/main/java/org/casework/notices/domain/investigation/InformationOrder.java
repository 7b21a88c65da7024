package org.casework.notices.domain.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A court step on an information notice that was not complied with (DPA 2018 s.145): the application for an
 * information order, or the court's order or refusal. Written once; a later step is a new record.
 */
@Entity
@Table(name = "information_order")
public class InformationOrder {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public InformationOrderStage stage;

    @Column(nullable = false, updatable = false)
    public String court;

    /** The day the application was made, or the order made or refused. */
    @Column(name = "stage_on", nullable = false, updatable = false)
    public LocalDate stageOn;

    @Column(name = "court_reference", updatable = false)
    public String courtReference;

    @Column(updatable = false)
    public String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
