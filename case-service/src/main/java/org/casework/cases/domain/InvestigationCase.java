package org.casework.cases.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.platform.problem.ProblemException;

/**
 * An investigation case: the aggregate root of case-service. Its status changes only through
 * {@link #moveTo}, which applies the state machine; edits stop once the case is decided.
 */
@Entity
@Table(name = "investigation_case")
public class InvestigationCase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseSource source;

    @Embedded
    public Organisation organisation = new Organisation();

    @Embedded
    public Incident incident = new Incident();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status = CaseStatus.OPEN;

    public String assignee;

    /**
     * Everyone the case was ever assigned to, sorted, each once (notice-service's four eyes excludes them all as
     * issuers). Kept on the case's own row, so reading a case costs no second query.
     */
    @Column(name = "ever_assigned", nullable = false)
    public String[] everAssigned = {};

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "investigationCase", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt, id")
    public List<Finding> findings = new ArrayList<>();

    /**
     * Applies a legal move, or refuses it: 409 for a move the state machine forbids, 403 for a move
     * this actor may not make, 422 when a required notice reference is missing.
     */
    public void moveTo(CaseStatus target, CaseTransitions.Actor actor, String noticeId, Instant at) {
        if (!CaseTransitions.isLegal(status, target)) {
            throw new IllegalTransitionException(status, target);
        }
        if (!CaseTransitions.allowedFor(actor, status, target)) {
            throw ProblemException.forbidden("transition-not-allowed-for-role",
                    "Only a decision-maker may move a case from " + status + " to " + target
                            + "; a caseworker may only start an investigation, and notice-service only makes the "
                            + "moves of a notice it issues or withdraws");
        }
        if (CaseTransitions.requiresNotice(status, target) && (noticeId == null || noticeId.isBlank())) {
            throw ProblemException.unprocessable("notice-required", "Notice required",
                    "Moving a case from " + status + " to " + target + " must name the notice (noticeId) it rests on");
        }
        status = target;
        touch(at);
    }

    /** Facts, organisation and assignment can change until the case is decided (or under appeal after it). */
    public void requireEditable() {
        if (status == CaseStatus.DECIDED || status == CaseStatus.APPEALED || status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case-not-editable", "Case not editable",
                    "The case is " + status + ": its record can no longer be changed");
        }
    }

    public Finding recordFinding(UUID findingId, String provision, String description, String by, Instant at) {
        requireEditable();
        Finding f = new Finding();
        f.id = findingId;
        f.investigationCase = this;
        f.provision = provision;
        f.description = description;
        f.recordedBy = by;
        f.recordedAt = at;
        findings.add(f);
        touch(at);
        return f;
    }

    public void assignTo(String caseworker, Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case-not-editable", "Case not editable",
                    "The case is CLOSED: it cannot be reassigned");
        }
        assignee = caseworker;
        if (caseworker != null && Stream.of(everAssigned).noneMatch(caseworker::equals)) {
            // a new array, not an edit of the loaded one: Hibernate compares the whole value to see the change
            everAssigned = Stream.concat(Stream.of(everAssigned), Stream.of(caseworker)).sorted().toArray(String[]::new);
        }
        touch(at);
    }

    /**
     * Every change moves updatedAt forward, at least by a microsecond (the database's precision), so
     * the row is always dirty and Hibernate raises the version (the ETag) even when the clock stands still.
     */
    public void touch(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt == null || now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }
}
