package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of fixed penalties for unpaid charges and of their uploads. */
public final class FeePenaltyViews {

    private FeePenaltyViews() {
    }

    @Schema(name = "FeePenaltyBatch", description = "One upload of unpaid charges and what came of its rows")
    public record BatchView(UUID id, @Schema(maxLength = Lengths.FILE_NAME) String fileName,
            @Schema(description = "SHA-256 of the file as uploaded (lowercase hex)", maxLength = Produced.SHA256_HEX)
            String fileSha256,
            @Schema(description = "Rows under the header", minimum = "1", maximum = "" + FeePenaltyBatch.MAX_ROWS) int rowsRead,
            @Schema(minimum = "1", maximum = "" + FeePenaltyBatch.MAX_ROWS) int rowsCreated,
            @Schema(minimum = "0", maximum = "" + FeePenaltyBatch.MAX_ROWS) int rowsRejected,
            @Schema(description = "Each rejected row: its line in the file (the header is 1), the column ('*' for the "
                    + "whole row) and why; those rows were not created", maxItems = FeePenaltyBatch.MAX_ROWS * FeePenaltyBatch.COLUMNS)
            List<FeePenaltyBatch.RowError> errors,
            @Schema(description = "The day the batch's notices of intent were given") LocalDate givenOn,
            @Schema(maxLength = Produced.NAME) String uploadedBy, Instant uploadedAt) {

        public static BatchView of(FeePenaltyBatch b) {
            return new BatchView(b.id, b.fileName, b.fileSha256, b.rowsRead, b.rowsCreated, b.rowsRejected, b.errors,
                    b.givenOn, b.uploadedBy, b.uploadedAt);
        }
    }

    @Schema(name = "FeePenalty", description = "A fixed penalty for an unpaid data-protection charge (DPA 2018 s.158)")
    public record PenaltyView(UUID id, UUID batchId,
            @Schema(maxLength = Lengths.FEE_ORGANISATION_ID) String organisationId,
            @Schema(maxLength = Lengths.NAME) String organisationName,
            @Schema(maxLength = Lengths.ANY_REFERENCE) String reference,
            @Schema(description = "The charge's tier (Charges Regulations 2018 reg 3(1))", minimum = "1", maximum = "3") int tier,
            LocalDate chargePeriodStart,
            @Schema(description = "The charge unpaid (Charges Regulations 2018 reg 3(1) when the period began)") Money charge,
            @Schema(description = "The published fixed amount for the tier (s.158(1))") Money fixedAmount,
            @Schema(nullable = true) Money aggravatedAmount,
            @Schema(nullable = true, maxLength = Lengths.SHORT_TEXT) String aggravationReason,
            @Schema(description = "What the notices state: the aggravated amount where set, else the fixed one") Money amount,
            @Schema(description = "s.158(3): 150 % of the highest charge") Money statutoryMaximum,
            FeePenaltyStatus status, LocalDate noticeOfIntentGivenOn,
            @Schema(description = "Last day for representations (Sch 16 para 3(4))") LocalDate representationsDueOn,
            @Schema(description = "Last day to give the penalty notice (Sch 16 para 2(2))") LocalDate penaltyNoticeDeadline,
            LocalDate penaltyNoticeGivenOn,
            @Schema(description = "Last day for payment (Sch 16 para 6(2))") LocalDate paymentDueOn,
            LocalDate appealDueOn, LocalDate feePaidOn, LocalDate penaltyPaidOn,
            @Schema(description = "Whether its penalty notice is (or, once given, will be) on the public register")
            boolean publish,
            @Schema(nullable = true, description = "Why it is withheld from the register",
            maxLength = Lengths.SHORT_TEXT)
            String withheldReason) {

        public static PenaltyView of(FeePenalty p) {
            return new PenaltyView(p.id, p.batchId, p.organisationId, p.organisationName, p.reference, p.tier,
                    p.chargePeriodStart, Money.gbp(p.charge), Money.gbp(p.fixedAmount),
                    p.aggravatedAmount == null ? null : Money.gbp(p.aggravatedAmount), p.aggravationReason,
                    Money.gbp(p.amount()), Money.gbp(p.statutoryMaximum), p.status, p.noticeOfIntentGivenOn,
                    p.representationsDueOn, p.penaltyNoticeDeadline, p.penaltyNoticeGivenOn, p.paymentDueOn,
                    p.appealDueOn, p.feePaidOn, p.penaltyPaidOn, p.publish, p.withheldReason);
        }
    }
}
