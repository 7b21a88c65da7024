package org.casework.notices.domain.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.ProblemException;

/**
 * Recording that an issued information notice (DPA 2018 s.142) or assessment notice (s.146) was not complied with, the
 * basis of a penalty under s.155(1)(b). Refused (nothing changes):
 * <ul>
 * <li>on anything but an issued information or assessment notice (409), or a second time (409);</li>
 * <li>while an appeal against the notice is pending (409): the requirement need not be complied with pending its
 * determination or withdrawal (s.142(6), s.146(7)). Cautious reading for a notice stated urgent, where the Act lifts
 * that suspension (s.142(7), s.146(8)): the person may still ask the tribunal to disapply the urgency statement
 * (s.164), which would revive the suspension, so non-compliance is not recorded while any appeal is pending either;</li>
 * <li>unless the caseworker confirms that no appeal against the notice is pending (the suite records no appeals
 * against investigatory notices, so the confirmation is the caseworker's; 422);</li>
 * <li>before the period for compliance has ended (422): the day after the notice's compliance day at the earliest
 * (the last day for the information, or the inspection day), and, cautious reading, if an appeal was brought, not
 * before the day after it was determined or withdrawn: the Act does not say when the requirement falls due again, so
 * the period is taken to run at least to that day;</li>
 * <li>with a stated end of the period before that earliest day, or not before today (422).</li>
 * </ul>
 */
public final class NonCompliance {

    public static final String BASIS_RULE = "DPA 2018 s.155(1)(b)";

    private NonCompliance() {
    }

    /** What the caseworker states; {@code noAppealPending} must be true. */
    public record Finding(String failure, LocalDate periodEndedOn, String note, Boolean noAppealPending,
            LocalDate appealEndedOn) {
    }

    /** Records the finding on {@code n}, or refuses it. */
    public static NonComplianceRecord record(Notice n, Finding f, String by, Instant at, LocalDate today) {
        if (!n.type.isInvestigatory() || n.status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("not-an-issued-investigatory-notice", "Not an issued information or "
                    + "assessment notice", "Notice " + n.reference + " is a " + n.type.title().toLowerCase() + " ("
                            + n.status + "); non-compliance is recorded on an issued information or assessment notice "
                            + "(" + BASIS_RULE + ")").with("rule", BASIS_RULE);
        }
        if (n.nonCompliance != null) {
            throw ProblemException.conflict("non-compliance-recorded", "Non-compliance already recorded",
                    "Non-compliance with " + n.reference + " was recorded by " + n.nonCompliance.recordedBy + " at "
                            + n.nonCompliance.recordedAt).with("rule", BASIS_RULE);
        }
        if (n.appealPending) {
            throw ProblemException.conflict("compliance-suspended", "Compliance suspended by an appeal",
                    "An appeal against " + n.reference + " is pending: its requirements need not be complied with "
                            + "until it is determined or withdrawn (" + appealRule(n) + ")").with("rule", appealRule(n));
        }
        if (!Boolean.TRUE.equals(f.noAppealPending())) {
            throw refused("appeal-not-excluded", "Appeal not excluded", appealRule(n), "noAppealPending",
                    "Confirm that no appeal against " + n.reference + " is pending: while one is, the notice need not "
                            + "be complied with (" + appealRule(n) + ")");
        }
        if (f.appealEndedOn() != null && (f.appealEndedOn().isBefore(n.issuedOn) || f.appealEndedOn().isAfter(today))) {
            throw refused("appeal-end-out-of-range", "Appeal end out of range", appealRule(n), "appealEndedOn",
                    "The day the appeal was determined or withdrawn must lie between the day " + n.reference
                            + " was given (" + n.issuedOn + ") and today (" + today + ")");
        }
        LocalDate earliest = earliestPeriodEnd(n, f.appealEndedOn());
        if (!today.isAfter(earliest)) {
            throw refused("compliance-period-running", "Compliance period still running", periodRule(n.type), null,
                    n.reference + " may be complied with until the end of " + earliest + "; non-compliance can be "
                            + "recorded from " + earliest.plusDays(1)).with("periodEndsOn", earliest.toString());
        }
        if (f.periodEndedOn().isBefore(earliest) || !f.periodEndedOn().isBefore(today)) {
            throw refused("compliance-period-end", "Compliance period end out of range", periodRule(n.type),
                    "periodEndedOn", "The period for compliance with " + n.reference + " ended on " + earliest
                            + " at the earliest, and before today (" + today + ")")
                    .with("periodEndsOn", earliest.toString());
        }
        NonComplianceRecord r = new NonComplianceRecord();
        r.failure = f.failure();
        r.periodEndedOn = f.periodEndedOn();
        r.note = f.note();
        r.appealEndedOn = f.appealEndedOn();
        r.recordedBy = by;
        r.recordedAt = at;
        return r;
    }

    /** The last day of the period for compliance: the notice's compliance day, or the day an appeal ended if later. */
    public static LocalDate earliestPeriodEnd(Notice n, LocalDate appealEndedOn) {
        LocalDate due = n.requiredBy != null ? n.requiredBy : n.issuedOn;
        return appealEndedOn != null && appealEndedOn.isAfter(due) ? appealEndedOn : due;
    }

    /** The rule on appeals suspending compliance: s.142(6) or s.146(7), and s.164 for a notice stated urgent. */
    public static String appealRule(Notice n) {
        boolean information = n.type == NoticeType.INFORMATION_NOTICE;
        if (urgent(n)) {
            return information ? "DPA 2018 s.142(7), s.164" : "DPA 2018 s.146(8), s.164";
        }
        return information ? "DPA 2018 s.142(6)" : "DPA 2018 s.146(7)";
    }

    static String periodRule(NoticeType type) {
        return type == NoticeType.INFORMATION_NOTICE ? "DPA 2018 s.142(3)(c)" : "DPA 2018 s.146(2)";
    }

    static boolean urgent(Notice n) {
        return n.type == NoticeType.INFORMATION_NOTICE ? n.informationTerms != null && n.informationTerms.urgent()
                : n.assessmentTerms != null && n.assessmentTerms.urgent();
    }

    private static ProblemException refused(String code, String title, String rule, String field, String message) {
        ProblemException e = ProblemException.unprocessable(code, title, message).with("rule", rule);
        return field == null ? e : e.with("errors", List.of(new FieldError(field, message)));
    }
}
