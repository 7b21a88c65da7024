package org.casework.notices.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The steps of a fixed penalty for an unpaid charge (DPA 2018 s.155(1)(c), s.158) after its notice of intent: its
 * penalty notice given, the fee paid (which withdraws a notice of intent), the penalty paid. Aggregate
 * {@code fee-penalty} (its id): these penalties are not notices of the notice table. The notices of intent a batch
 * creates are not events one by one (thousands per upload, as the audit log has one entry per batch).
 */
@ApplicationScoped
public class FeePenaltyEvents {

    public static final String AGGREGATE = "fee-penalty";
    public static final String PENALTY_NOTICE_GIVEN = "uk.gov.casework.fee-penalty.penalty-notice-given.v1";
    public static final String FEE_PAID = "uk.gov.casework.fee-penalty.fee-paid.v1";
    public static final String PENALTY_PAID = "uk.gov.casework.fee-penalty.penalty-paid.v1";

    public record PenaltyNoticeGiven(UUID feePenaltyId, String reference, String organisationId, String amount,
            LocalDate givenOn, LocalDate paymentDueOn, LocalDate appealDueOn) {
    }

    /** {@code status}: WITHDRAWN when the fee came while the notice of intent ran. */
    public record FeePaid(UUID feePenaltyId, String reference, String organisationId, LocalDate feePaidOn,
            String status) {
    }

    public record PenaltyPaid(UUID feePenaltyId, String reference, String organisationId, String amount,
            LocalDate penaltyPaidOn) {
    }

    private final Outbox outbox;

    public FeePenaltyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void penaltyNoticeGiven(FeePenalty p) {
        record(p, PENALTY_NOTICE_GIVEN, new PenaltyNoticeGiven(p.id, p.reference, p.organisationId,
                NoticeEvents.amount(p.amount()), p.penaltyNoticeGivenOn, p.paymentDueOn, p.appealDueOn));
    }

    public void feePaid(FeePenalty p) {
        record(p, FEE_PAID, new FeePaid(p.id, p.reference, p.organisationId, p.feePaidOn, p.status.name()));
    }

    public void penaltyPaid(FeePenalty p) {
        record(p, PENALTY_PAID, new PenaltyPaid(p.id, p.reference, p.organisationId, NoticeEvents.amount(p.amount()),
                p.penaltyPaidOn));
    }

    private void record(FeePenalty p, String type, Object data) {
        outbox.record(new DomainEvent(AGGREGATE, p.id.toString(), type, data));
    }
}
