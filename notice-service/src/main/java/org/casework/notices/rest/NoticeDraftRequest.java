package org.casework.notices.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.DraftContent;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notice's draft: the body of POST /notices, and what a merge patch (PATCH /notices/{id}) is
 * applied to. A patch may not change the case or the type.
 */
@Schema(example = """
        {"caseId": "3b8f6c1e-7a2d-4e9b-8c5f-1d2e3f4a5b6c", "type": "NOTICE_OF_INTENT",
         "recipients": [{"name": "Example Health Ltd", "companyNumber": "01234567"}],
         "reasons": "Example Health Ltd failed to keep patient records secure (UK GDPR Art 5(1)(f), 32).",
         "representationDays": 28}""")
public record NoticeDraftRequest(
        @NotNull UUID caseId,
        @NotNull NoticeType type,
        @Schema(description = "Legal entities of the case (matched by company number, else name); their name and "
                + "address are taken from the case, and follow it when it is corrected, unless an address is given "
                + "here (an address equal to the case's counts as the case's)")
        @NotNull @Size(min = 1, max = NoticeLimits.RECIPIENTS) List<@NotNull @Valid RecipientRequest> recipients,
        @Size(max = Lengths.REASONS) @SafeText(multiline = true) String reasons,
        @Schema(description = "Defaults to the case's data categories for a notice of intent")
        @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String natureOfData,
        @Schema(description = "The summary published on the register (penalty, enforcement notice, reprimand)")
        @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String publicSummary,
        @Valid CalculationRequest calculation,
        @Schema(description = "Notice of intent: days for representations, at least 21")
        @Min(1) @Max(NoticeLimits.PERIOD_DAYS) Integer representationDays,
        @Schema(description = "Penalty notice: days for payment, at least 28 (default from configuration)")
        @Min(1) @Max(NoticeLimits.PERIOD_DAYS) Integer paymentDays,
        @Schema(description = "Reprimand to a public body: the fine that would otherwise have been imposed")
        @Valid Money notionalFine,
        @Schema(description = "Penalty notice: the notice of intent it rests on (default: the case's live one)")
        UUID noticeOfIntentId,
        @Schema(description = "Penalty notice: the annual rate of simple interest on late payment, if the notice states "
                + "one (printed on it); interest accrues daily on the balance overdue after the working-day payment date")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal latePaymentInterestPercent,
        @Valid EnforcementRequest enforcement,
        @Valid InvestigatoryTermsRequests.InformationRequest information,
        @Valid InvestigatoryTermsRequests.AssessmentRequest assessment,
        @Schema(description = "Notice of intent for failing to comply with a notice (DPA 2018 s.155(1)(b)): the "
                + "information or assessment notice of the same case with a non-compliance record, or the enforcement "
                + "notice with a step found NOT_COMPLIED. The calculation must then use the HIGHER maximum (s.157(4)); "
                + "the penalty notice that follows takes it from its notice of intent", nullable = true, maxLength = Produced.UUID)
        UUID failureToComplyWith) {

    public record RecipientRequest(
            @NotBlank @Size(max = Lengths.NAME) @SafeText String name,
            @Pattern(regexp = "[A-Za-z0-9]{1," + Lengths.COMPANY_NUMBER + "}", message = "must be 1 to "
                    + Lengths.COMPANY_NUMBER + " letters or digits")
            @Schema(maxLength = Lengths.COMPANY_NUMBER) String companyNumber,
            @Size(max = Lengths.ADDRESS) @SafeText(multiline = true) String address) {
    }

    public DraftContent toContent() {
        return new DraftContent(
                recipients.stream().map(r -> new Recipient(r.name(), r.companyNumber(), r.address())).toList(),
                reasons, natureOfData, publicSummary, calculation == null ? null : calculation.toInput("calculation."),
                representationDays, paymentDays, notionalFine == null ? null : notionalFine.pounds(), noticeOfIntentId,
                latePaymentInterestPercent, enforcement == null ? null : enforcement.toDraft(),
                information == null ? null : information.toTerms(), assessment == null ? null : assessment.toTerms(),
                failureToComplyWith);
    }

    /** The draft as it stands, the base of a merge patch. */
    public static NoticeDraftRequest of(Notice n) {
        return new NoticeDraftRequest(n.caseId, n.type,
                // an address taken from the case is left out, so the revised draft takes the case's address again
                n.recipients.stream().map(r -> new RecipientRequest(r.name(), r.companyNumber(),
                        r.addressGiven() ? r.address() : null)).toList(),
                n.reasons, n.natureOfData, n.publicSummary, CalculationRequest.of(n.calculationInput),
                n.representationDays, n.paymentDays, n.notionalFine == null ? null : Money.gbp(n.notionalFine),
                n.noticeOfIntentId, n.latePaymentInterestPercent, EnforcementRequest.of(n),
                InvestigatoryTermsRequests.InformationRequest.of(n.informationTerms),
                InvestigatoryTermsRequests.AssessmentRequest.of(n.assessmentTerms),
                n.type == NoticeType.NOTICE_OF_INTENT && n.failureToComply != null ? n.failureToComply.noticeId : null);
    }
}
