package org.casework.notices.domain;

import java.util.List;

import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.ProblemException;

/**
 * A penalty for failing to comply with an information notice, an assessment notice or an enforcement notice (DPA 2018
 * s.155(1)(b)), and its maximum. The one place that decides both:
 * <ul>
 * <li>the basis: a notice of the same case, given, that was found not complied with: an information or assessment
 * notice with a non-compliance record, or an enforcement notice with at least one step found NOT_COMPLIED. A notice
 * since cancelled (an appeal allowed) is no basis. Checked when the notice of intent is drafted and again when it, or
 * the penalty notice that follows it, is issued;</li>
 * <li>the maximum: always the higher maximum amount (s.157(4)), so a calculation on the standard maximum is refused
 * for such a notice of intent and for the penalty notice that follows it.</li>
 * </ul>
 */
public final class FailureToComplyRules {

    public static final String BASIS_RULE = "DPA 2018 s.155(1)(b)";
    public static final String MAXIMUM_RULE = "DPA 2018 s.157(4)";
    /** The field of a notice of intent's draft that names the notice not complied with. */
    public static final String FIELD = "failureToComplyWith";

    private FailureToComplyRules() {
    }

    /**
     * The basis of {@code penalty} (a notice of intent or penalty notice) in {@code failed}, or a 422 naming s.155(1)(b)
     * and what is missing.
     */
    public static FailureToComply basis(Notice penalty, Notice failed) {
        String missing = whyNoBasis(penalty, failed);
        if (missing != null) {
            throw ProblemException.unprocessable("non-compliance-basis-missing", "No failure to comply on record",
                    "A penalty for failing to comply with a notice (" + BASIS_RULE + ") rests on an information, "
                            + "assessment or enforcement notice of the same case found not complied with: " + missing)
                    .with("rule", BASIS_RULE).with("errors", List.of(new FieldError(FIELD, missing)));
        }
        FailureToComply b = new FailureToComply();
        b.noticeId = failed.id;
        b.reference = failed.reference;
        b.type = failed.type;
        b.givenOn = failed.dayGiven();
        return b;
    }

    private static String whyNoBasis(Notice penalty, Notice failed) {
        if (failed == null || !failed.caseId.equals(penalty.caseId)) {
            return "the notice named is not a notice of case " + penalty.caseReference;
        }
        if (!failed.type.isInvestigatory() && failed.type != NoticeType.ENFORCEMENT_NOTICE) {
            return failed.reference + " is a " + failed.type.title().toLowerCase()
                    + ", not an information, assessment or enforcement notice";
        }
        if (failed.status != NoticeStatus.ISSUED) {
            return failed.reference + " is " + failed.status + ", not a notice given and standing";
        }
        if (failed.type.isInvestigatory() && failed.nonCompliance == null) {
            return "no non-compliance with " + failed.reference + " is recorded (POST /notices/" + failed.id
                    + "/non-compliance)";
        }
        if (failed.type == NoticeType.ENFORCEMENT_NOTICE
                && failed.enforcementSteps.stream().noneMatch(s -> s.status == StepStatus.NOT_COMPLIED)) {
            return "no step of " + failed.reference + " is found NOT_COMPLIED";
        }
        return null;
    }

    /** The tier a penalty on {@code basis} must use: HIGHER for a failure to comply (s.157(4)), else null (either). */
    public static MaximumTier requiredTier(FailureToComply basis) {
        return basis == null ? null : MaximumTier.HIGHER;
    }

    /** Refuses (422) a calculation whose tier is not the one {@link #requiredTier} requires. */
    public static void requireTier(FailureToComply basis, PenaltyInput calculation) {
        MaximumTier required = requiredTier(basis);
        if (required != null && calculation != null && calculation.tier() != required) {
            String message = "must be " + required + ": the maximum penalty for failing to comply with "
                    + basis.reference + " is the higher maximum amount (" + MAXIMUM_RULE + ")";
            throw ProblemException.unprocessable("higher-maximum-required", "Higher maximum required",
                    "Field 'calculation.tier' " + message).with("rule", MAXIMUM_RULE)
                    .with("errors", List.of(new FieldError("calculation.tier", message)));
        }
    }
}
