package org.casework.notices.domain.enforcement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;

/**
 * Cancellation and variation of an enforcement notice on the application of the person it was given to (DPA 2018
 * s.153). s.153(1): the Commissioner may cancel or vary the notice by written notice to that person. s.153(2): that
 * person may apply in writing for its cancellation or variation. s.153(3): only (a) after the end of the period
 * within which an appeal can be brought against the notice, and (b) on the ground that, by reason of a change of
 * circumstances, one or more of its provisions need not be complied with in order to remedy the failure it
 * identifies. A refusal may be appealed (s.162(2)). Cautious readings, each refused as a problem naming its rule:
 * <ul>
 * <li>the appeal period ends with the working day on which an appeal is still in time (as {@link ComplianceDates}),
 * so an application is received from the day after it;</li>
 * <li>a variation granted on an application moves named steps' dates, never earlier than they are (an application
 * asks to be relieved, not burdened), never to a day already past, and still obeys s.150(6)/(8);</li>
 * <li>a step already found complied with or not is not varied; a notice has one undecided application at a time.</li>
 * </ul>
 */
public final class VariationApplicationRules {

    public static final String POWER = "DPA 2018 s.153(1)";
    public static final String APPLICATION = "DPA 2018 s.153(2)";
    public static final String AFTER_APPEAL_PERIOD = "DPA 2018 s.153(3)(a)";
    public static final String CHANGE_OF_CIRCUMSTANCES = "DPA 2018 s.153(3)(b)";

    private VariationApplicationRules() {
    }

    /** s.153(2): only an enforcement notice that was given and is still in force (not cancelled). */
    public static void requireInForce(Notice n) {
        if (n.type != NoticeType.ENFORCEMENT_NOTICE || n.status != NoticeStatus.ISSUED) {
            throw new EnforcementRuleException("notice-not-in-force", "Not an enforcement notice in force", 409,
                    APPLICATION, null, "Only an enforcement notice that was given and is in force can be cancelled or "
                            + "varied; " + n.reference + " is a " + n.status + " " + n.type.title().toLowerCase());
        }
    }

    /** The first day an application may be made: the day after the last day an appeal is in time (s.153(3)(a)). */
    public static LocalDate firstDayToApply(Notice n) {
        LocalDate appealDue = n.appealDueOn != null ? n.appealDueOn : StatutoryPeriods.appealDueOn(n.issuedOn);
        return StatutoryPeriods.lastDayInTime(appealDue).plusDays(1);
    }

    /** s.153(3)(a): refused (422) while an appeal against the notice can still be brought. */
    public static void requireAfterAppealPeriod(Notice n, LocalDate today) {
        LocalDate first = firstDayToApply(n);
        if (today.isBefore(first)) {
            throw new EnforcementRuleException("application-too-early", "Application before the appeal period ended",
                    422, AFTER_APPEAL_PERIOD, null, "An application to cancel or vary " + n.reference + " may be made "
                            + "only after the end of the period within which an appeal can be brought against it: from "
                            + first + " (today is " + today + ")");
        }
    }

    /**
     * s.153(3)(b): the application names the provisions (steps) that need no longer be complied with; to vary, at
     * least one, each a step of this notice named once and not yet decided. To cancel, the whole notice is meant and
     * named steps are optional.
     */
    public static void requireNamedSteps(Notice n, VariationApplication.Kind kind, List<UUID> stepIds) {
        if (kind == VariationApplication.Kind.VARY && stepIds.isEmpty()) {
            throw new EnforcementRuleException("steps-required", "No step named", 422, CHANGE_OF_CIRCUMSTANCES,
                    "steps", "An application to vary names the steps that, by reason of the change of circumstances, "
                            + "need not be complied with as they stand");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < stepIds.size(); i++) {
            UUID id = stepIds.get(i);
            EnforcementStep step = step(n, id, "steps[" + i + "].stepId");
            if (!seen.add(id)) {
                throw new EnforcementRuleException("step-named-twice", "Step named twice", 422, CHANGE_OF_CIRCUMSTANCES,
                        "steps[" + i + "].stepId", "Step " + step.position + " is named more than once");
            }
        }
    }

    /** One undecided application at a time: the second is refused (409) until the first is decided. */
    public static void requireNoPendingApplication(Notice n, long pending) {
        if (pending > 0) {
            throw new EnforcementRuleException("application-pending", "An application is pending", 409, APPLICATION,
                    null, "An application to cancel or vary " + n.reference + " is awaiting the Commissioner's "
                            + "decision; another may be made once it is decided");
        }
    }

    /** An application is decided once (409). */
    public static void requireUndecided(VariationApplication a) {
        if (a.status != VariationApplication.Status.PENDING) {
            throw new EnforcementRuleException("application-decided", "Application already decided", 409, APPLICATION,
                    null, "The application was decided " + a.status + " by " + a.decidedBy + " at " + a.decidedAt);
        }
    }

    /** A cancellation or refusal changes no step date: only a variation names steps (422). */
    public static void requireNoDatesUnlessVaried(VariationApplication.Status outcome, int steps) {
        if (outcome != VariationApplication.Status.VARIED && steps > 0) {
            throw new EnforcementRuleException("steps-only-for-variation", "Steps given with no variation", 422, POWER,
                    "steps", "New compliance dates are given only when the application is granted as a variation");
        }
        if (outcome == VariationApplication.Status.VARIED && steps == 0) {
            throw new EnforcementRuleException("variation-changes-nothing", "Variation changes nothing", 422, POWER,
                    "steps", "A variation names at least one step and its new compliance date");
        }
    }

    /**
     * A variation on the application: the step is one of this notice, named in an application to vary, still PENDING,
     * and its new date differs, is not earlier than now set, not past, and not before s.150(6)/(8) allow.
     */
    public static EnforcementStep requireDateChange(Notice n, VariationApplication a, UUID stepId, LocalDate date,
            LocalDate today, int index) {
        String field = "steps[" + index + "]";
        EnforcementStep step = step(n, stepId, field + ".stepId");
        if (a.kind == VariationApplication.Kind.VARY && a.steps.stream().noneMatch(s -> s.stepId().equals(stepId))) {
            throw new EnforcementRuleException("step-not-applied-for", "Step not named in the application", 422,
                    CHANGE_OF_CIRCUMSTANCES, field + ".stepId", "Step " + step.position + " is not one the application "
                            + "says need not be complied with as it stands");
        }
        if (step.status != StepStatus.PENDING) {
            throw new EnforcementRuleException("step-decided", "Step already decided", 409, POWER, field + ".stepId",
                    "Step " + step.position + " was found " + step.status + ": its date is no longer varied");
        }
        if (date.equals(step.complianceDate)) {
            throw new EnforcementRuleException("variation-changes-nothing", "Variation changes nothing", 422, POWER,
                    field + ".complianceDate", "Step " + step.position + " is already due on " + date);
        }
        if (date.isBefore(step.complianceDate)) {
            throw new EnforcementRuleException("variation-to-detriment", "Variation to the organisation's detriment",
                    422, CHANGE_OF_CIRCUMSTANCES, field + ".complianceDate", "Step " + step.position + " would fall due "
                            + "earlier, on " + date + " instead of " + step.complianceDate + ": a variation on the "
                            + "organisation's application relieves it and never brings a step forward");
        }
        if (date.isBefore(today)) {
            throw new EnforcementRuleException("compliance-date-past", "Compliance date already past", 422, POWER,
                    field + ".complianceDate", "Step " + step.position + " cannot fall due on " + date
                            + ", a day already past (today is " + today + ")");
        }
        LocalDate earliest = ComplianceDates.earliest(n.dayGiven(), n.enforcementUrgent);
        if (date.isBefore(earliest)) {
            throw new EnforcementRuleException("compliance-date-too-early", "Compliance date too early", 422,
                    n.enforcementUrgent ? ComplianceDates.URGENCY_RULE : ComplianceDates.APPEAL_RULE,
                    field + ".complianceDate", "Step " + step.position + " cannot fall due on " + date
                            + ": the earliest compliance date of a notice given on " + n.issuedOn + " is " + earliest);
        }
        return step;
    }

    private static EnforcementStep step(Notice n, UUID id, String field) {
        return n.enforcementSteps.stream().filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new EnforcementRuleException("unknown-step", "No such step", 422,
                        CHANGE_OF_CIRCUMSTANCES, field, "Step " + id + " is not a step of " + n.reference));
    }
}
