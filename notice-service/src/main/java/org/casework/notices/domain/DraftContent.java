package org.casework.notices.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.investigation.AssessmentTerms;
import org.casework.notices.domain.investigation.InformationTerms;
import org.casework.notices.domain.investigation.InvestigatoryContent;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * What a drafter writes into a notice (everything but its case and type). Which parts belong to
 * which type is checked here: a part that does not belong is refused rather than silently kept.
 */
public record DraftContent(List<Recipient> recipients, String reasons, String natureOfData, String publicSummary,
        PenaltyInput calculation, Integer representationDays, Integer paymentDays, BigDecimal notionalFine,
        UUID noticeOfIntentId, BigDecimal latePaymentInterestPercent,
        org.casework.notices.domain.enforcement.EnforcementDraft enforcement, InformationTerms information,
        AssessmentTerms assessment, UUID failureToComplyWith) {

    public void checkFits(NoticeType type) {
        List<FieldError> errors = new ArrayList<>();
        if (calculation != null && !type.needsCalculation()) {
            errors.add(new FieldError("calculation", "a " + type + " states no penalty; record a notional fine instead"));
        }
        if (calculation != null && calculation.settlement() != null) {
            errors.add(new FieldError("calculation.settlement",
                    "is recorded with POST /notices/{id}/settlement, together with the waiver of appeal"));
        }
        if (notionalFine != null && type != NoticeType.REPRIMAND) {
            errors.add(new FieldError("notionalFine", "is recorded only on a reprimand (to a public body)"));
        }
        if (representationDays != null && type != NoticeType.NOTICE_OF_INTENT) {
            errors.add(new FieldError("representationDays", "belongs to a notice of intent only"));
        }
        if (paymentDays != null && type != NoticeType.PENALTY_NOTICE) {
            errors.add(new FieldError("paymentDays", "belongs to a penalty notice only"));
        }
        if (latePaymentInterestPercent != null && type != NoticeType.PENALTY_NOTICE) {
            errors.add(new FieldError("latePaymentInterestPercent", "belongs to a penalty notice only"));
        }
        if (noticeOfIntentId != null && type != NoticeType.PENALTY_NOTICE) {
            errors.add(new FieldError("noticeOfIntentId", "belongs to a penalty notice only"));
        }
        if (enforcement != null && type != NoticeType.ENFORCEMENT_NOTICE) {
            errors.add(new FieldError("enforcement", "belongs to an enforcement notice only"));
        }
        if (failureToComplyWith != null && type != NoticeType.NOTICE_OF_INTENT) {
            errors.add(new FieldError(FailureToComplyRules.FIELD, "belongs to a notice of intent only (a penalty notice "
                    + "follows its notice of intent's)"));
        }
        errors.addAll(InvestigatoryContent.misplaced(type, information, assessment));
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("part-not-for-this-type", "Part not for this type of notice", 422,
                    errors.size() == 1 ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
                            : errors.size() + " fields do not belong to a " + type)
                    .with("errors", errors));
        }
        if (representationDays != null) {
            StatutoryPeriods.requireRepresentationDays(representationDays);
        }
        if (paymentDays != null) {
            StatutoryPeriods.requirePaymentDays(paymentDays);
        }
        List<FieldError> impossible = InvestigatoryContent.impossible(information);
        if (!impossible.isEmpty()) {
            throw new ProblemException(new Problem("compliance-period-too-short", "Compliance period too short", 422,
                    "Field '" + impossible.get(0).field() + "' " + impossible.get(0).message())
                    .with("errors", impossible));
        }
    }
}
