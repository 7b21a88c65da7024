package org.casework.representations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.platform.problem.ProblemException;

/** An organisation's request for more time to make representations, and the regulator's decision on it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    public enum Status {
        PENDING,
        GRANTED,
        REFUSED
    }

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "requested_until", nullable = false)
    public LocalDate requestedUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The requester's name as their token gave it when they asked. */
    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "granted_until")
    public LocalDate grantedUntil;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    /**
     * Decides the request once. A grant moves the window to {@code until} (or the date asked for),
     * which must be later than the window's current due date.
     */
    public void decide(boolean granted, LocalDate until, String reason, String by, Instant at, LocalDate currentDueOn) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("already-decided", "Already decided",
                    "This extension request was already " + status.name().toLowerCase() + " on " + decidedAt);
        }
        if (granted) {
            LocalDate newDue = until != null ? until : requestedUntil;
            if (!newDue.isAfter(currentDueOn)) {
                throw ProblemException.unprocessable("extension-not-later", "Extension not later",
                        "An extension must end after the current due date, " + currentDueOn);
            }
            grantedUntil = newDue;
        }
        status = granted ? Status.GRANTED : Status.REFUSED;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }
}
