package org.casework.notices.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A statutory date coming up on an issued notice: the last day for representations, the last day a
 * penalty notice may rest on a notice of intent (Sch 16 para 2(2)-(3)), the last day for payment, the
 * last day to appeal. {@code dueOn} is the statutory last day; for payment and appeal, {@code workingDayDueOn} is
 * the day the act is still in time when that falls on a non-working day (GRC Rules 2009 r.12(2)).
 */
@Schema(name = "Deadline")
public record Deadline(Kind kind,
        @Schema(description = "The statutory last day, as the law counts it") LocalDate dueOn,
        @Schema(description = "PAYMENT_DUE and APPEAL_DUE: the last day the act is in time, dueOn itself if it is a "
                + "working day in England and Wales, else the next working day (Tribunal Procedure (First-tier "
                + "Tribunal) (General Regulatory Chamber) Rules 2009 r.12(2)); null for the other kinds, to which "
                + "the rule does not apply", nullable = true, maxLength = Produced.DATE) LocalDate workingDayDueOn,
        @Schema(description = "Days from today (London) to the last day the act is in time: workingDayDueOn where "
                + "there is one, else dueOn", minimum = "0", maximum = "" + MAX_DAYS_LEFT) long daysLeft, UUID noticeId,
        @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference, NoticeType noticeType, UUID caseId,
        @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.NAME) String organisationName) {

    /** The furthest ahead, in days, the dashboard's date lists look (their {@code days} is refused beyond). */
    public static final int LOOK_AHEAD_DAYS = 366;
    /** A day within the look-ahead moved to the next working day: a week covers the longest run of days that are not. */
    public static final int MAX_DAYS_LEFT = LOOK_AHEAD_DAYS + 7;

    public enum Kind {
        REPRESENTATIONS_DUE,
        PENALTY_NOTICE_DUE_BY,
        PAYMENT_DUE,
        APPEAL_DUE,
        /** An information notice's last day for the information, or an assessment notice's inspection day (s.142, s.146). */
        REQUIRED_BY
    }

    /**
     * The deadlines of one issued notice between {@code today} and {@code until} (London dates). A notice
     * of intent already followed by a penalty notice has no penalty-notice deadline left.
     */
    public static List<Deadline> of(Notice n, boolean followedByPenaltyNotice, LocalDate today, LocalDate until) {
        List<Deadline> deadlines = new ArrayList<>();
        if (n.status != NoticeStatus.ISSUED) {
            return deadlines;
        }
        if (n.type == NoticeType.NOTICE_OF_INTENT) {
            add(deadlines, Kind.REPRESENTATIONS_DUE, n.representationsDueOn, n, today, until);
            if (!followedByPenaltyNotice) {
                add(deadlines, Kind.PENALTY_NOTICE_DUE_BY, IssueRules.penaltyDeadline(n), n, today, until);
            }
        }
        add(deadlines, Kind.PAYMENT_DUE, n.paymentDueOn, n, today, until);
        add(deadlines, Kind.APPEAL_DUE, n.appealDueOn, n, today, until);
        // s.142(6), s.146(7): while an appeal is pending against a notice not stated urgent, nothing is required by it
        if (!AppealEffect.suspendsCompliance(n)) {
            add(deadlines, Kind.REQUIRED_BY, n.requiredBy, n, today, until);
        }
        return deadlines;
    }

    private static void add(List<Deadline> list, Kind kind, LocalDate due, Notice n, LocalDate today, LocalDate until) {
        if (due == null) {
            return;
        }
        LocalDate inTime = kind == Kind.PAYMENT_DUE || kind == Kind.APPEAL_DUE ? StatutoryPeriods.lastDayInTime(due) : null;
        // an appeal due on a Saturday is still in time on the Monday: it stays on the list, counted to the Monday
        LocalDate last = inTime != null ? inTime : due;
        if (!last.isBefore(today) && !due.isAfter(until)) {
            list.add(new Deadline(kind, due, inTime, ChronoUnit.DAYS.between(today, last), n.id, n.reference, n.type,
                    n.caseId, n.caseReference, n.organisationName));
        }
    }
}
