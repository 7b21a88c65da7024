package org.casework.cases.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a case's timeline: what happened to the case, when, and who did it. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    public enum Type {
        OPENED,
        UPDATED,
        ASSIGNED,
        FINDING_RECORDED,
        STATUS_CHANGED,
        /** An information or assessment notice was given: it moves no case, but belongs on its timeline. */
        NOTICE_GIVEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> details;

    /**
     * Who the timeline names for a caller: the person, or for a service acting for a person, "person (via service)",
     * so the entry says both who decided and which service carried it out.
     */
    public static String actor(org.casework.platform.security.Caller caller) {
        return caller.onBehalfOf() != null ? caller.onBehalfOf() + " (via " + caller.subject() + ")" : caller.subject();
    }

    public static CaseEvent of(UUID caseId, Instant at, String actor, Type type, String description,
            Map<String, String> details) {
        CaseEvent e = new CaseEvent();
        e.caseId = caseId;
        e.occurredAt = at;
        e.actor = actor;
        e.type = type;
        e.description = description;
        e.details = details;
        return e;
    }
}
