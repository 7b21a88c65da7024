package org.casework.notices.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The steps of a fixed penalty for an unpaid charge (DPA 2018 s.155(1)(c), s.158) after its notice of intent: its
 * penalty notice given, the fee paid (which withdraws a notice of intent), the penalty paid, the publication decision.
 * Aggregate {@code fee-penalty} (its id): these penalties are not notices of the notice table. The notices of intent a
 * batch creates are not events one by one (thousands per upload, as the audit log has one entry per batch): the
 * batch is one event of its own (aggregate {@code fee-penalty-batch}) with its counts, and each penalty names its
 * batch (GET /fee-penalties?batchId=).
 */
@ApplicationScoped
public class FeePenaltyEvents {

    public static final String AGGREGATE = "fee-penalty";
    public static final String PENALTY_NOTICE_GIVEN = "uk.gov.casework.fee-penalty.penalty-notice-given.v1";
    public static final String FEE_PAID = "uk.gov.casework.fee-penalty.fee-paid.v1";
    public static final String PENALTY_PAID = "uk.gov.casework.fee-penalty.penalty-paid.v1";
    public static final String PUBLICATION_SET = "uk.gov.casework.fee-penalty.publication-set.v1";
    public static final String BATCH_AGGREGATE = "fee-penalty-batch";
    public static final String BATCH_CREATED = "uk.gov.casework.fee-penalty.batch-created.v1";

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

    public record PublicationSet(UUID feePenaltyId, String reference, String organisationId, boolean published) {
    }

    /**
     * An upload's notices of intent, all given on {@code givenOn}: the file's SHA-256 (never its name or rows) and
     * its counts.
     */
    public record BatchCreated(UUID batchId, String fileSha256, int rowsRead, int rowsCreated, int rowsRejected,
            LocalDate givenOn, Instant uploadedAt) {
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

    public void publicationSet(FeePenalty p) {
        record(p, PUBLICATION_SET, new PublicationSet(p.id, p.reference, p.organisationId, p.publish));
    }

    public void batchCreated(FeePenaltyBatch b) {
        outbox.record(new DomainEvent(BATCH_AGGREGATE, b.id.toString(), BATCH_CREATED, new BatchCreated(b.id,
                b.fileSha256, b.rowsRead, b.rowsCreated, b.rowsRejected, b.givenOn, b.uploadedAt)));
    }

    private void record(FeePenalty p, String type, Object data) {
        outbox.record(new DomainEvent(AGGREGATE, p.id.toString(), type, data));
    }
}
