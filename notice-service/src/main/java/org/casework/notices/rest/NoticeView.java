package org.casework.notices.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.SettlementStage;
import org.casework.platform.money.Money;

/** A notice as the API answers it. Its version is also sent as the ETag. */
public record NoticeView(UUID id, String reference, NoticeType type, NoticeStatus status, UUID caseId,
        String caseReference, String organisationId, String organisationName, List<Recipient> recipients,
        String reasons, String natureOfData, String publicSummary, CalculationView calculation, Money amount,
        Money notionalFine, Integer representationDays, Integer paymentDays, UUID noticeOfIntentId,
        SettlementView settlement, ExtensionView deadlineExtension, PublicationView publication, LocalDate issuedOn,
        LocalDate representationsDueOn, LocalDate paymentDueOn, LocalDate appealDueOn, String issuedBy,
        Instant issuedAt, String documentSha256, Instant representationWindowOpenedAt, PendingView pendingIssue,
        WithdrawalView withdrawal,
        String createdBy, Instant createdAt, Instant updatedAt, long version) {

    public record SettlementView(SettlementStage stage, BigDecimal discountPercent, boolean appealWaived,
            String recordedBy, Instant recordedAt) {
    }

    public record ExtensionView(LocalDate agreedUntil, String reason, String recordedBy, Instant recordedAt) {
    }

    public record PublicationView(boolean publish, String withheldReason) {
    }

    public record PendingView(Instant requestedAt, String requestedBy, int attempts, String lastError) {
    }

    public record WithdrawalView(String by, Instant at, String reason) {
    }

    public static NoticeView of(Notice n) {
        SettlementView settlement = n.settlement == null ? null : new SettlementView(n.settlement.stage,
                n.settlement.discountPercent, Boolean.TRUE.equals(n.settlement.appealWaived), n.settlement.recordedBy,
                n.settlement.recordedAt);
        ExtensionView extension = n.deadlineExtension == null ? null : new ExtensionView(n.deadlineExtension.agreedUntil,
                n.deadlineExtension.reason, n.deadlineExtension.recordedBy, n.deadlineExtension.recordedAt);
        PendingView pending = n.pendingIssue == null ? null : new PendingView(n.pendingIssue.requestedAt,
                n.pendingIssue.requestedBy, n.pendingIssue.attempts == null ? 0 : n.pendingIssue.attempts,
                n.pendingIssue.lastError);
        WithdrawalView withdrawal = n.withdrawnAt == null ? null
                : new WithdrawalView(n.withdrawnBy, n.withdrawnAt, n.withdrawalReason);
        return new NoticeView(n.id, n.reference, n.type, n.status, n.caseId, n.caseReference, n.organisationId,
                n.organisationName, n.recipients, n.reasons, n.natureOfData, n.publicSummary,
                CalculationView.of(n.calculation), CalculationView.money(n.amount), CalculationView.money(n.notionalFine),
                n.representationDays, n.paymentDays, n.noticeOfIntentId, settlement, extension,
                new PublicationView(n.publish, n.withheldReason), n.issuedOn, n.representationsDueOn, n.paymentDueOn,
                n.appealDueOn, n.issuedBy, n.issuedAt, n.documentSha256, n.representationWindowOpenedAt, pending, withdrawal, n.createdBy, n.createdAt,
                n.updatedAt, n.version);
    }
}
