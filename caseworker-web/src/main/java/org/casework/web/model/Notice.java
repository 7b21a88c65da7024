package org.casework.web.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A notice as notice-service answers it. {@code issuedOn} is the day it was sent; {@code givenOn} the day it is
 * treated as given, from which its periods run. A draft has no reference, no dates and no document; a draft
 * whose issue was started but not completed carries a pending issue; {@code missingForIssue} is empty
 * when nothing the law requires is missing and absent when notice-service could not check.
 */
public record Notice(String id, Optional<String> reference, String type, String status, String caseId,
        String caseReference, String organisationName, List<Recipient> recipients, Optional<String> reasons,
        Optional<String> natureOfData, Optional<String> publicSummary, Optional<Calculation> calculation,
        Optional<Money> amount, Optional<Money> notionalFine, Optional<Integer> representationDays,
        Optional<Integer> paymentDays, Optional<Settlement> settlement, Optional<DeadlineExtension> deadlineExtension,
        Optional<Publication> publication, Optional<LocalDate> issuedOn, Optional<LocalDate> representationsDueOn,
        Optional<LocalDate> paymentDueOn, Optional<LocalDate> appealDueOn, Optional<String> documentSha256,
        Optional<PendingIssue> pendingIssue, Optional<Withdrawal> withdrawal, Optional<List<MissingPart>> missingForIssue,
        long version, boolean appealPending, Optional<Money> originalAmount, List<Variation> variations,
        Optional<Cancellation> cancellation, Optional<NoticeTerms.Enforcement> enforcement,
        Optional<NoticeTerms.Information> information, Optional<NoticeTerms.Assessment> assessment,
        Optional<LocalDate> requiredBy,
        Optional<NonCompliance> nonCompliance, Optional<FailureToComply> failureToComply,
        Optional<String> givingMethod, Optional<String> givingProvision, Optional<LocalDate> givenOn) {

    public Notice {
        givingMethod = Lists.orEmpty(givingMethod);
        givingProvision = Lists.orEmpty(givingProvision);
        givenOn = Lists.orEmpty(givenOn);
        reference = Lists.orEmpty(reference);
        recipients = Lists.orEmpty(recipients);
        reasons = Lists.orEmpty(reasons);
        natureOfData = Lists.orEmpty(natureOfData);
        publicSummary = Lists.orEmpty(publicSummary);
        calculation = Lists.orEmpty(calculation);
        amount = Lists.orEmpty(amount);
        notionalFine = Lists.orEmpty(notionalFine);
        representationDays = Lists.orEmpty(representationDays);
        paymentDays = Lists.orEmpty(paymentDays);
        settlement = Lists.orEmpty(settlement);
        deadlineExtension = Lists.orEmpty(deadlineExtension);
        publication = Lists.orEmpty(publication);
        issuedOn = Lists.orEmpty(issuedOn);
        representationsDueOn = Lists.orEmpty(representationsDueOn);
        paymentDueOn = Lists.orEmpty(paymentDueOn);
        appealDueOn = Lists.orEmpty(appealDueOn);
        documentSha256 = Lists.orEmpty(documentSha256);
        pendingIssue = Lists.orEmpty(pendingIssue);
        withdrawal = Lists.orEmpty(withdrawal);
        missingForIssue = Lists.orEmpty(missingForIssue);
        originalAmount = Lists.orEmpty(originalAmount);
        variations = Lists.orEmpty(variations);
        cancellation = Lists.orEmpty(cancellation);
        enforcement = Lists.orEmpty(enforcement);
        information = Lists.orEmpty(information);
        assessment = Lists.orEmpty(assessment);
        requiredBy = Lists.orEmpty(requiredBy);
        nonCompliance = Lists.orEmpty(nonCompliance);
        failureToComply = Lists.orEmpty(failureToComply);
    }

    /** The day it is treated as given, from which its periods run; the day issued for a notice given before that was recorded. */
    public Optional<LocalDate> dayGiven() {
        return givenOn.isPresent() ? givenOn : issuedOn;
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    public boolean isIssued() {
        return "ISSUED".equals(status);
    }

    public boolean isWithdrawn() {
        return "WITHDRAWN".equals(status);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** A penalty notice given and not withdrawn: it has an account, and may be varied, cancelled or appealed. */
    public boolean hasAccount() {
        return isPenaltyNotice() && (isIssued() || isCancelled());
    }

    /** A final decision the organisation may appeal to the First-tier Tribunal (DPA 2018 s.162(1)). */
    public boolean appealable() {
        return ("PENALTY_NOTICE".equals(type) || "ENFORCEMENT_NOTICE".equals(type)) && (isIssued() || isCancelled());
    }

    public boolean isNoticeOfIntent() {
        return "NOTICE_OF_INTENT".equals(type);
    }

    public boolean isEnforcementNotice() {
        return "ENFORCEMENT_NOTICE".equals(type);
    }

    public boolean isInformationNotice() {
        return "INFORMATION_NOTICE".equals(type);
    }

    public boolean isAssessmentNotice() {
        return "ASSESSMENT_NOTICE".equals(type);
    }

    public boolean isPenaltyNotice() {
        return "PENALTY_NOTICE".equals(type);
    }

    /** A draft that nobody has started to issue: it can still be edited, issued or withdrawn. */
    public boolean isOpenDraft() {
        return isDraft() && pendingIssue.isEmpty();
    }

    /** Representations are made on a notice of intent once it has been given. */
    public boolean takesRepresentations() {
        return isNoticeOfIntent() && issuedOn.isPresent();
    }

    public record Recipient(String name, Optional<String> companyNumber, Optional<String> address) {

        public Recipient {
            companyNumber = Lists.orEmpty(companyNumber);
            address = Lists.orEmpty(address);
        }
    }

    public record Settlement(String stage, BigDecimal discountPercent, boolean appealWaived) {
    }

    /**
     * A later last day for the penalty notice agreed with the organisation (DPA 2018 Sch 16 para 2(3)): who
     * there agreed (name and position), on which day, and where the agreement is recorded.
     */
    public record DeadlineExtension(LocalDate agreedUntil, String reason, Optional<String> agreedBy,
            Optional<LocalDate> agreedOn, Optional<String> evidence, Optional<Instant> recordedAt) {

        public DeadlineExtension {
            agreedBy = Lists.orEmpty(agreedBy);
            agreedOn = Lists.orEmpty(agreedOn);
            evidence = Lists.orEmpty(evidence);
            recordedAt = Lists.orEmpty(recordedAt);
        }
    }

    public record Publication(boolean publish, Optional<String> withheldReason) {

        public Publication {
            withheldReason = Lists.orEmpty(withheldReason);
        }
    }

    public record PendingIssue(Instant requestedAt, Optional<String> lastError) {

        public PendingIssue {
            lastError = Lists.orEmpty(lastError);
        }
    }

    /** A change to an issued penalty (Sch 16 para 7), by the regulator or substituted by the tribunal. */
    public record Variation(String id, String source, Optional<Money> amountBefore, Optional<Money> amountAfter,
            Optional<LocalDate> paymentDueOnBefore, Optional<LocalDate> paymentDueOnAfter, String reasons,
            Optional<Instant> variedAt) {

        public Variation {
            amountBefore = Lists.orEmpty(amountBefore);
            amountAfter = Lists.orEmpty(amountAfter);
            paymentDueOnBefore = Lists.orEmpty(paymentDueOnBefore);
            paymentDueOnAfter = Lists.orEmpty(paymentDueOnAfter);
            variedAt = Lists.orEmpty(variedAt);
        }
    }

    public record Cancellation(String reasons, String source, Optional<LocalDate> cancelledOn) {

        public Cancellation {
            cancelledOn = Lists.orEmpty(cancelledOn);
        }
    }

    public record Withdrawal(Instant at, Optional<String> reason) {

        public Withdrawal {
            reason = Lists.orEmpty(reason);
        }
    }

    /** The record that an information or assessment notice was not complied with (DPA 2018 s.155(1)(b)). */
    public record NonCompliance(String failure, LocalDate periodEndedOn, Optional<String> note,
            Optional<LocalDate> appealEndedOn, Optional<String> recordedBy, Optional<Instant> recordedAt) {

        public NonCompliance {
            note = Lists.orEmpty(note);
            appealEndedOn = Lists.orEmpty(appealEndedOn);
            recordedBy = Lists.orEmpty(recordedBy);
            recordedAt = Lists.orEmpty(recordedAt);
        }
    }

    /**
     * A notice of intent or penalty notice for failing to comply with a notice (DPA 2018 s.155(1)(b)): the notice not
     * complied with; the maximum is then the higher one (s.157(4)).
     */
    public record FailureToComply(String noticeId, String reference, String type, Optional<LocalDate> givenOn) {

        public FailureToComply {
            givenOn = Lists.orEmpty(givenOn);
        }
    }
}
