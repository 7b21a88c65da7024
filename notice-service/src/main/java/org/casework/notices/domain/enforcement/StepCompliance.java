package org.casework.notices.domain.enforcement;

import java.time.Instant;
import java.time.LocalDate;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;

/**
 * Tracking whether each step of a given enforcement notice was taken. A step is missed when its date has passed
 * (London) and it is still PENDING, unless an appeal against a notice not stated urgent is pending: then the
 * requirement need not be complied with until the appeal is decided (DPA 2018 s.150(7); s.150(8) disapplies that for
 * an urgent notice).
 */
public final class StepCompliance {

    private StepCompliance() {
    }

    /** Whether the step's compliance date has passed with the step still PENDING and not suspended by an appeal. */
    public static boolean missed(EnforcementStep step, Notice n, LocalDate today) {
        // a cancelled notice (s.153) requires nothing any more: none of its steps is missed
        return n.status == NoticeStatus.ISSUED && step.status == StepStatus.PENDING && step.complianceDate.isBefore(today)
                && !suspended(n);
    }

    /** s.150(7): an appeal is pending against a notice not stated urgent. */
    public static boolean suspended(Notice n) {
        return n.appealPending && !n.enforcementUrgent;
    }

    /** Records a caseworker's finding on a step of an issued enforcement notice, or refuses it. */
    public static void decide(Notice n, EnforcementStep step, StepStatus outcome, String note, String by, Instant at,
            LocalDate today) {
        if (n.type != NoticeType.ENFORCEMENT_NOTICE || n.status != NoticeStatus.ISSUED) {
            throw new EnforcementRuleException("notice-not-issued", "Notice not an issued enforcement notice", 409,
                    "DPA 2018 s.149(1)", null, "Compliance is tracked only on an issued enforcement notice; "
                            + n.reference + " is a " + n.status + " " + n.type.title().toLowerCase());
        }
        if (outcome == null || outcome == StepStatus.PENDING) {
            throw new EnforcementRuleException("invalid-outcome", "Invalid outcome", 422, "DPA 2018 s.150(4)", "status",
                    "A finding is COMPLIED or NOT_COMPLIED");
        }
        if (step.status != StepStatus.PENDING) {
            throw new EnforcementRuleException("step-decided", "Step already decided", 409, "DPA 2018 s.150(4)", null,
                    "Step " + step.position + " was found " + step.status + " by " + step.decidedBy + " at "
                            + step.decidedAt);
        }
        if (outcome == StepStatus.NOT_COMPLIED) {
            if (!step.complianceDate.isBefore(today)) {
                throw new EnforcementRuleException("step-not-yet-due", "Step not yet due", 422, "DPA 2018 s.150(4)",
                        "status", "Step " + step.position + " may be complied with until the end of "
                                + step.complianceDate + "; it cannot be found not complied with before then");
            }
            if (suspended(n)) {
                throw new EnforcementRuleException("compliance-suspended", "Compliance suspended by an appeal", 409,
                        "DPA 2018 s.150(7)", null, "An appeal against " + n.reference + " is pending and the notice "
                                + "is not stated urgent: its requirements need not be complied with until it is decided");
            }
        }
        step.status = outcome;
        step.note = note;
        step.decidedBy = by;
        step.decidedAt = at;
    }
}
