package org.casework.notices.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A decision to issue that has been taken but not yet completed: the other services still have to
 * be told (the case moved on, the representation window opened). The notice stays DRAFT until they
 * have been; a retry or the reconciliation job completes it with these same dates.
 */
@Embeddable
public class PendingIssue {

    @Column(name = "pending_issue_key")
    public String key;

    @Column(name = "pending_issue_by")
    public String requestedBy;

    @Column(name = "pending_issue_at")
    public Instant requestedAt;

    @Column(name = "pending_issue_on")
    public LocalDate issuedOn;

    @Column(name = "pending_issue_attempts")
    public Integer attempts;

    @Column(name = "pending_issue_error")
    public String lastError;
}
