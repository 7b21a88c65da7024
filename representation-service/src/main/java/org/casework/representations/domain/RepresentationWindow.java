package org.casework.representations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.platform.problem.ProblemException;
import org.casework.platform.time.LondonCalendar;

/**
 * The period in which an organisation may make written representations about a notice of intent
 * (DPA 2018 Sch 16 para 3(3)-(4)). Representations are accepted until the end of {@code dueOn},
 * midnight London time, summer or winter; a granted extension moves {@code dueOn}.
 */
@Entity
@Table(name = "representation_window")
public class RepresentationWindow {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "notice_reference")
    public String noticeReference;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "original_due_on", nullable = false)
    public LocalDate originalDueOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WindowStatus status = WindowStatus.OPEN;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether a repeated opening asks for the same window (then it changes nothing). */
    public boolean sameAs(UUID caseId, String organisationId, LocalDate dueOn) {
        return this.caseId.equals(caseId) && this.organisationId.equals(organisationId)
                && this.originalDueOn.equals(dueOn);
    }

    /** The first instant at which representations are no longer accepted: midnight after dueOn, London. */
    public Instant deadline() {
        return LondonCalendar.endOf(dueOn);
    }

    public boolean accepting(Instant now) {
        return status == WindowStatus.OPEN && now.isBefore(deadline());
    }

    /** Refuses a submission (or a request about the period) made when the window does not accept one. */
    public void requireAccepting(Instant now) {
        if (status == WindowStatus.CLOSED) {
            throw ProblemException.conflict("window-closed", "Window closed",
                    "The notice of intent was withdrawn: no representations are needed");
        }
        if (!now.isBefore(deadline())) {
            throw ProblemException.unprocessable("representation-period-ended", "Representation period ended",
                    "The period for representations ended at the end of " + dueOn + " (London time)")
                    .with("dueOn", dueOn.toString())
                    .with("deadline", deadline().toString());
        }
    }

    /** A granted extension moves the due date; it never shortens the period already given. */
    public void extendTo(LocalDate until, Instant at) {
        if (until.isAfter(dueOn)) {
            dueOn = until;
            touch(at);
        }
    }

    public void close(Instant at) {
        if (status != WindowStatus.CLOSED) {
            status = WindowStatus.CLOSED;
            closedAt = at;
            touch(at);
        }
    }

    public void touch(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt == null || now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    public boolean belongsTo(String organisation) {
        return Objects.equals(organisationId, organisation);
    }
}
