package org.casework.representations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
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
 * An organisation's request to make oral representations (Sch 16 para 3(5)), the regulator's decision on it,
 * and, once granted and held, the record of the hearing. No penalty notice is given while it waits for a decision
 * or a granted hearing has not been held (para 4(1)-(2)).
 */
@Entity
@Table(name = "hearing_request")
public class HearingRequest {

    public enum Status {
        REQUESTED,
        GRANTED,
        REFUSED,
        HELD
    }

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

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
    public Status status = Status.REQUESTED;

    public Boolean granted;
    @Column(name = "held_at")
    public LocalDateTime heldAt;
    public String place;
    @Column(name = "video_link")
    public String videoLink;
    @Column(name = "decision_attendees")
    public String decisionAttendees;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "record_attendees")
    public String recordAttendees;
    @Column(name = "record_note")
    public String recordNote;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Version
    public long version;

    /** Decides the request, once (a second decision would change what the organisation was told). */
    public void decide(HearingDecision d, String by, Instant at, LocalDateTime nowLondon) {
        if (status != Status.REQUESTED) {
            throw ProblemException.conflict("hearing-already-decided", "Hearing already decided",
                    "This hearing request was already " + (Boolean.TRUE.equals(granted) ? "granted" : "refused")
                            + " on " + LondonCalendar.dateOf(decidedAt))
                    .with("hearingStatus", status.name());
        }
        d.requireComplete(nowLondon);
        granted = d.granted();
        if (d.granted()) {
            heldAt = d.heldAt();
            place = blankToNull(d.place());
            videoLink = blankToNull(d.videoLink());
            decisionAttendees = String.join("\n", d.attendeesOrNone());
        }
        decisionReason = d.reason();
        decidedBy = by;
        decidedAt = at;
        status = d.granted() ? Status.GRANTED : Status.REFUSED;
    }

    /**
     * Records the hearing held: only one granted, once, on a day that has come and is not before the decision
     * to grant it.
     */
    public void record(LocalDate on, List<String> attendees, String note, String by, Instant at, LocalDate today) {
        if (status == Status.HELD) {
            throw ProblemException.conflict("hearing-already-recorded", "Hearing already recorded",
                    "This hearing was already recorded as held on " + heldOn).with("heldOn", heldOn.toString());
        }
        if (status != Status.GRANTED) {
            throw ProblemException.conflict("hearing-not-granted", "Hearing not granted",
                    "Only a granted hearing can be recorded as held; this request is " + status.name().toLowerCase())
                    .with("hearingStatus", status.name());
        }
        if (on.isAfter(today)) {
            throw ProblemException.unprocessable("held-on-in-future", "Hearing date in the future",
                    "A hearing is recorded once held; " + on + " is after today, " + today).with("heldOn", on.toString());
        }
        LocalDate decidedOn = LondonCalendar.dateOf(decidedAt);
        if (on.isBefore(decidedOn)) {
            throw ProblemException.unprocessable("held-on-before-decision", "Hearing date before the decision",
                    "The hearing was granted on " + decidedOn + "; it cannot have been held on " + on + ", before that")
                    .with("decidedOn", decidedOn.toString());
        }
        heldOn = on;
        recordAttendees = String.join("\n", attendees);
        recordNote = note;
        recordedBy = by;
        recordedAt = at;
        status = Status.HELD;
    }

    public List<String> decisionAttendeeList() {
        return lines(decisionAttendees);
    }

    public List<String> recordAttendeeList() {
        return lines(recordAttendees);
    }

    /** Attendees as entered one per line, blank lines dropped. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
