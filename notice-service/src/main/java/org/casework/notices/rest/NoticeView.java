package org.casework.notices.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.SettlementStage;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.service.DraftCheck;
import org.casework.notices.service.PendingIssues;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice as the API answers it. Its version is also sent as the ETag. */
public record NoticeView(UUID id, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String reference, NoticeType type,
        NoticeStatus status, UUID caseId, @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.ORGANISATION_ID) String organisationId,
        @Schema(maxLength = Lengths.NAME) String organisationName,
        @Schema(description = "Legal entities of the case the notice is addressed to. A draft's names and addresses "
                + "follow the case: when the case's facts are corrected, reading the draft shows them (an address "
                + "given for this notice is kept).", maxItems = NoticeLimits.RECIPIENTS)
        List<RecipientView> recipients,
        @Schema(maxLength = Lengths.REASONS) String reasons,
        @Schema(maxLength = Lengths.SHORT_TEXT) String natureOfData,
        @Schema(maxLength = Lengths.SHORT_TEXT) String publicSummary, CalculationView calculation, Money amount,
        Money notionalFine, @Schema(minimum = "1", maximum = "" + NoticeLimits.PERIOD_DAYS) Integer representationDays,
        @Schema(minimum = "1", maximum = "" + NoticeLimits.VARIED_PERIOD_DAYS) Integer paymentDays,
        @Schema(description = "Penalty notice: the annual rate of simple interest on late payment it states; null for "
                + "none", nullable = true)
        BigDecimal latePaymentInterestPercent,
        UUID noticeOfIntentId,
        SettlementView settlement, ExtensionView deadlineExtension, PublicationView publication,
        @Schema(description = "The day the decision-maker issued the notice: the day it was sent, handed over or "
                + "posted (London)", nullable = true, maxLength = Produced.DATE)
        LocalDate issuedOn,
        @Schema(description = "How the notice is given (DPA 2018 s.141A(2)); null on a draft and on notices issued "
                + "before the method was recorded", nullable = true, enumeration = { "BY_HAND", "LEFT_AT_ADDRESS", "POST", "EMAIL" })
        GivingMethod givingMethod,
        @Schema(description = "The provision it was given under, as in force the day it was sent: \"DPA 2018 s.141\" "
                + "or \"DPA 2018 s.141A\"", nullable = true, maxLength = Lengths.PROVISION)
        String givingProvision,
        @Schema(description = "When it was sent", nullable = true, maxLength = Produced.DATE_TIME)
        Instant sentAt,
        @Schema(description = "The day the notice is treated as given (London): by hand or left, the day sent; by "
                + "post, the second business day after posting (Interpretation Act 1978 s.7); by email, 48 hours "
                + "after sending (s.141A). Every period beginning when the notice is given runs from this day",
                nullable = true, maxLength = Produced.DATE)
        LocalDate givenOn,
        @Schema(description = "Notice of intent: the last day for representations, counted from givenOn (DPA 2018 "
                + "Sch 16 para 3(4))", nullable = true, maxLength = Produced.DATE)
        LocalDate representationsDueOn,
        @Schema(description = "The statutory last day for payment: days beginning when the penalty notice is given "
                + "(DPA 2018 Sch 16 para 6(2)); printed on the notice", nullable = true, maxLength = Produced.DATE)
        LocalDate paymentDueOn,
        @Schema(description = "The statutory last day to appeal to the First-tier Tribunal: 28 days after the notice "
                + "is sent (GRC Rules 2009 r.22); printed on the notice; null when appeal was waived", nullable = true,
                maxLength = Produced.DATE)
        LocalDate appealDueOn,
        @Schema(description = "The last day a payment is in time: paymentDueOn if it is a working day in England and "
                + "Wales, else the next working day (the rule of GRC Rules 2009 r.12(2), applied by this service to "
                + "payment too); null when there is no paymentDueOn", nullable = true, maxLength = Produced.DATE)
        LocalDate paymentDueOnWorkingDay,
        @Schema(description = "The last day an appeal is in time: appealDueOn if it is a working day in England and "
                + "Wales, else the next working day (Tribunal Procedure (First-tier Tribunal) (General Regulatory "
                + "Chamber) Rules 2009 r.12(2)); null when there is no appealDueOn", nullable = true,
                maxLength = Produced.DATE)
        LocalDate appealDueOnWorkingDay,
        @Schema(maxLength = Produced.NAME) String issuedBy,
        Instant issuedAt, @Schema(maxLength = Produced.SHA256_HEX) String documentSha256,
        Instant representationWindowOpenedAt, PendingView pendingIssue,
        WithdrawalView withdrawal,
        @Schema(maxLength = Produced.NAME) String createdBy, Instant createdAt, Instant updatedAt,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long version,
        @Schema(description = "On a DRAFT read one by one, drafted or revised: every part its issue would refuse for "
                + "now, each with the rule requiring it and where it is corrected; empty when nothing is missing. "
                + "Null when the draft could not be checked (see missingForIssueNotChecked) and on notices that "
                + "are not drafts or come in a list.", nullable = true, maxItems = MissingPart.MAX)
        List<MissingPartView> missingForIssue,
        @Schema(description = "Why the draft could not be checked (case-service did not answer or refused); null "
                + "otherwise.", nullable = true, maxLength = Lengths.WRITTEN)
        String missingForIssueNotChecked,
        @Schema(description = "The amount the notice was given with; amount is the current amount due after any "
                + "variation (Sch 16 para 7, s.163(3)) or a settlement discount lost to an appeal", nullable = true)
        Money originalAmount,
        @Schema(description = "Every variation, oldest first, with the values before and after",
                maxItems = NoticeLimits.ALL_VARIATIONS)
        List<VariationView> variations,
        @Schema(description = "Why and by whom the notice was cancelled (Sch 16 para 8, s.163(3)); null otherwise",
                nullable = true)
        CancellationView cancellation,
        @Schema(description = "True while an appeal (or onward appeal) against the notice is pending (s.162-163)")
        boolean appealPending,
        @Schema(description = "Enforcement notice: the failures, urgency and steps with their findings; null on other "
                + "types", nullable = true)
        EnforcementView enforcement,
        @Schema(description = "Information notice: what it requires, in what form, in how many days (DPA 2018 s.142)",
                nullable = true)
        org.casework.notices.domain.investigation.InformationTerms information,
        @Schema(description = "Assessment notice: what is inspected, when, documents, people, and who confirmed the "
                + "recipient is not an exempt body (DPA 2018 s.146-147)", nullable = true)
        org.casework.notices.domain.investigation.AssessmentTerms assessment,
        @Schema(description = "Information or assessment notice: the day compliance is required (the last day for the "
                + "information, or the inspection day), fixed when the notice is given; null otherwise", nullable = true,
                maxLength = Produced.DATE)
        LocalDate requiredBy,
        @Schema(description = "Information or assessment notice: the record that it was not complied with (DPA 2018 "
                + "s.155(1)(b)); null if none", nullable = true)
        NonComplianceViews.NonComplianceView nonCompliance,
        @Schema(description = "Notice of intent or penalty notice for failing to comply with a notice (s.155(1)(b)), "
                + "on the higher maximum (s.157(4)); null for a penalty under s.155(1)(a)", nullable = true)
        NonComplianceViews.FailureToComplyView failureToComply) {

    public record VariationView(UUID id, ChangeSource source, Money amountBefore, Money amountAfter,
            LocalDate paymentDueOnBefore, LocalDate paymentDueOnAfter,
            @Schema(maxLength = Lengths.REASONS) String terms,
            @Schema(maxLength = Lengths.REASONS) String reasons,
            @Schema(maxLength = Produced.SHA256_HEX) String documentSha256,
            @Schema(maxLength = Produced.NAME) String variedBy, Instant variedAt) {

        static VariationView of(NoticeVariation v) {
            return new VariationView(v.id, v.source, CalculationView.money(v.amountBefore),
                    CalculationView.money(v.amountAfter), v.paymentDueOnBefore, v.paymentDueOnAfter, v.terms, v.reasons,
                    v.documentSha256, v.variedBy, v.variedAt);
        }
    }

    public record CancellationView(@Schema(maxLength = Lengths.REASONS) String reasons, ChangeSource source,
            @Schema(maxLength = Produced.NAME) String cancelledBy, Instant cancelledAt,
            LocalDate cancelledOn) {
    }

    public record RecipientView(@Schema(maxLength = Lengths.NAME) String name,
            @Schema(maxLength = Lengths.COMPANY_NUMBER) String companyNumber,
            @Schema(maxLength = Lengths.ADDRESS) String address) {

        static List<RecipientView> of(List<Recipient> recipients) {
            return recipients.stream().map(r -> new RecipientView(r.name(), r.companyNumber(), r.address())).toList();
        }
    }

    @Schema(description = "A part a draft lacks before it can be issued")
    public record MissingPartView(
            @Schema(description = "The part, as a field path of the draft or the case, e.g. recipients[0].address",
                    maxLength = Lengths.WRITTEN)
            String part,
            @Schema(description = "The rule that requires it, e.g. DPA 2018 Sch 16 para 3(1)(a)",
                    maxLength = Lengths.WRITTEN)
            String rule,
            @Schema(description = "What is missing, in plain words", maxLength = Lengths.WRITTEN)
            String message,
            @Schema(description = "Where it is corrected: case (the case's facts, e.g. PATCH /cases/{id} for a "
                    + "recipient's name or address or the organisation id), notice (this draft, PATCH "
                    + "/notices/{id}), configuration (the service's settings: payment details, appeal rights)",
                    enumeration = { "case", "notice", "configuration" })
            String correctIn) {

        static MissingPartView of(MissingPart p) {
            return new MissingPartView(p.part(), p.rule(), p.message(), p.correctIn());
        }
    }

    public record SettlementView(SettlementStage stage, BigDecimal discountPercent, boolean appealWaived,
            @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt) {
    }

    public record ExtensionView(LocalDate agreedUntil, @Schema(maxLength = Lengths.SHORT_TEXT) String reason,
            @Schema(maxLength = Produced.NAME) String agreedBy, LocalDate agreedOn,
            @Schema(maxLength = Lengths.SHORT_TEXT) String evidence,
            @Schema(maxLength = Produced.NAME) String recordedBy,
            Instant recordedAt) {
    }

    public record PublicationView(boolean publish, @Schema(maxLength = Lengths.SHORT_TEXT) String withheldReason) {
    }

    public record PendingView(Instant requestedAt, @Schema(maxLength = Produced.NAME) String requestedBy,
            @Schema(minimum = "0", maximum = Produced.INT_MAX) int attempts,
            @Schema(maxLength = PendingIssues.MAX_ERROR) String lastError) {
    }

    public record WithdrawalView(@Schema(maxLength = Produced.NAME) String by, Instant at,
            @Schema(maxLength = Lengths.SHORT_TEXT) String reason) {
    }

    public static NoticeView of(Notice n) {
        return of(n, null);
    }

    /** A draft with its issue check: its parties as the case has them now, and what it lacks. */
    public static NoticeView of(Notice n, DraftCheck check) {
        SettlementView settlement = n.settlement == null ? null : new SettlementView(n.settlement.stage,
                n.settlement.discountPercent, Boolean.TRUE.equals(n.settlement.appealWaived), n.settlement.recordedBy,
                n.settlement.recordedAt);
        ExtensionView extension = n.deadlineExtension == null ? null : new ExtensionView(n.deadlineExtension.agreedUntil,
                n.deadlineExtension.reason, n.deadlineExtension.agreedBy, n.deadlineExtension.agreedOn,
                n.deadlineExtension.evidence, n.deadlineExtension.recordedBy, n.deadlineExtension.recordedAt);
        PendingView pending = n.pendingIssue == null ? null : new PendingView(n.pendingIssue.requestedAt,
                n.pendingIssue.requestedBy, n.pendingIssue.attempts == null ? 0 : n.pendingIssue.attempts,
                n.pendingIssue.lastError);
        WithdrawalView withdrawal = n.withdrawnAt == null ? null
                : new WithdrawalView(n.withdrawnBy, n.withdrawnAt, n.withdrawalReason);
        boolean checked = check != null && n.isDraft();
        return new NoticeView(n.id, n.reference, n.type, n.status, n.caseId, n.caseReference,
                checked ? check.organisationId() : n.organisationId,
                checked ? check.organisationName() : n.organisationName,
                RecipientView.of(checked ? check.recipients() : n.recipients), n.reasons, n.natureOfData,
                n.publicSummary,
                CalculationView.of(n.calculation, n.calculationInput), CalculationView.money(n.amount),
                CalculationView.money(n.notionalFine),
                n.representationDays, n.paymentDays, n.latePaymentInterestPercent, n.noticeOfIntentId, settlement,
                extension,
                new PublicationView(n.publish, n.withheldReason), n.issuedOn, n.givingMethod, n.givingProvision,
                n.sentAt, n.dayGiven(), n.representationsDueOn, n.paymentDueOn,
                n.appealDueOn, StatutoryPeriods.lastDayInTime(n.paymentDueOn),
                StatutoryPeriods.lastDayInTime(n.appealDueOn),
                n.issuedBy, n.issuedAt, n.documentSha256, n.representationWindowOpenedAt, pending, withdrawal,
                n.createdBy, n.createdAt, n.updatedAt, n.version,
                checked && check.missing() != null ? check.missing().stream().map(MissingPartView::of).toList() : null,
                checked ? check.notChecked() : null, CalculationView.money(originalAmount(n)),
                n.variations.stream().map(VariationView::of).toList(),
                n.cancellation == null || n.cancellation.cancelledOn == null ? null : new CancellationView(
                        n.cancellation.reasons, n.cancellation.source, n.cancellation.cancelledBy,
                        n.cancellation.cancelledAt, n.cancellation.cancelledOn),
                n.appealPending, EnforcementView.of(n), n.informationTerms, n.assessmentTerms, n.requiredBy,
                NonComplianceViews.NonComplianceView.of(n),
                NonComplianceViews.FailureToComplyView.of(n.failureToComply));
    }

    /** Before any variation: the first variation's amount before; else the calculated amount the notice states. */
    private static java.math.BigDecimal originalAmount(Notice n) {
        if (!n.variations.isEmpty()) {
            return n.variations.get(0).amountBefore;
        }
        return n.calculation != null ? n.calculation.amount() : n.amount;
    }
}
