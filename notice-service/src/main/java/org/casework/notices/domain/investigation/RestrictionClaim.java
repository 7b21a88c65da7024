package org.casework.notices.domain.investigation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.platform.problem.ProblemException;

/**
 * An organisation's claim that a restriction of DPA 2018 s.143 applies to what its information notice asks, in its
 * representative's words, and the regulator's view on it, given once by a caseworker or decision-maker.
 */
@Entity
@Table(name = "restriction_claim")
public class RestrictionClaim {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RestrictionGround ground;

    @Column(nullable = false, updatable = false)
    public String statement;

    @Column(name = "claimed_by", nullable = false, updatable = false)
    public String claimedBy;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    public Instant claimedAt;

    /** The regulator's view: whether it accepts that the restriction applies; null until given. */
    @Column(name = "view_accepted")
    public Boolean viewAccepted;

    @Column(name = "view_note")
    public String viewNote;

    @Column(name = "viewed_by")
    public String viewedBy;

    @Column(name = "viewed_at")
    public Instant viewedAt;

    @Version
    public long version;

    /** Records the regulator's view; a view once given is not rewritten (a later change is a new decision). */
    public void recordView(boolean accepted, String note, String by, Instant at) {
        if (viewedAt != null) {
            throw ProblemException.conflict("view-already-recorded", "View already recorded",
                    "The regulator's view on restriction claim " + id + " was recorded by " + viewedBy + " at " + viewedAt);
        }
        viewAccepted = accepted;
        viewNote = note;
        viewedBy = by;
        viewedAt = at;
    }
}
