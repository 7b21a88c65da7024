package org.casework.notices.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Cancellation;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The events notice-service publishes on {@code casework.notices.v1} (docs/asyncapi/notice-service.yaml), recorded in
 * the outbox in the transaction of the change. Ids, references, dates and amounts only: never reasons, the nature of
 * the data, the document or anything a representation said. Amounts are decimal strings in pounds, as in the API.
 */
@ApplicationScoped
public class NoticeEvents {

    public static final String AGGREGATE = "notice";
    public static final String DRAFTED = "uk.gov.casework.notice.drafted.v1";
    public static final String ISSUED = "uk.gov.casework.notice.issued.v1";
    public static final String WITHDRAWN = "uk.gov.casework.notice.withdrawn.v1";
    public static final String VARIED = "uk.gov.casework.notice.varied.v1";
    public static final String CANCELLED = "uk.gov.casework.notice.cancelled.v1";
    public static final String GIVEN = "uk.gov.casework.notice.given.v1";
    /**
     * Every type this service can emit: each has a message and a schema in its AsyncAPI document. The regulator's
     * other amendments, the investigatory and enforcement notices' later steps, the appeal, account and fixed-penalty
     * events are recorded by {@link AmendmentEvents}, {@link InvestigatoryEvents}, {@link EnforcementEvents},
     * {@link AppealEvents}, {@link AccountEvents} and {@link FeePenaltyEvents}.
     */
    public static final List<String> TYPES = List.of(DRAFTED, ISSUED, GIVEN, WITHDRAWN, VARIED, CANCELLED,
            AmendmentEvents.REVISED, AmendmentEvents.SETTLED, AmendmentEvents.DEADLINE_EXTENDED,
            AmendmentEvents.PUBLICATION_SET, InvestigatoryEvents.ORDER_STEP_RECORDED,
            InvestigatoryEvents.RESTRICTION_CLAIMED, InvestigatoryEvents.RESTRICTION_VIEWED,
            InvestigatoryEvents.NON_COMPLIANCE_RECORDED, EnforcementEvents.STEP_DECIDED,
            EnforcementEvents.PROGRESS_REPORTED, EnforcementEvents.VARIATION_APPLIED, EnforcementEvents.VARIATION_DECIDED,
            AppealEvents.LODGED, AppealEvents.DECIDED, AppealEvents.ONWARD_LODGED, AppealEvents.ONWARD_DECIDED,
            AccountEvents.PAYMENT_RECORDED, AccountEvents.PLAN_AGREED, AccountEvents.RECOVERY_REFERRED,
            FeePenaltyEvents.PENALTY_NOTICE_GIVEN, FeePenaltyEvents.FEE_PAID, FeePenaltyEvents.PENALTY_PAID,
            FeePenaltyEvents.PUBLICATION_SET, FeePenaltyEvents.BATCH_CREATED);

    public record Drafted(UUID noticeId, String reference, String noticeType, UUID caseId, String organisationId) {
    }

    /**
     * The notice as issued. Its periods run from {@code givenOn}, the day it is treated as given by
     * {@code givingMethod} under {@code givingProvision} (DPA 2018 s.141 / s.141A), not from {@code issuedOn}.
     */
    public record Issued(UUID noticeId, String reference, String noticeType, UUID caseId, String organisationId,
            LocalDate issuedOn, String givingMethod, String givingProvision, Instant sentAt, LocalDate givenOn,
            LocalDate representationsDueOn, LocalDate paymentDueOn, LocalDate appealDueOn,
            String amount, String documentSha256) {
    }

    /**
     * The legal fact a consumer acts on: the notice was given on {@code givenOn} by {@code givingMethod} under
     * {@code givingProvision}, and these are the periods that run from that day. Recorded with {@link Issued}, in
     * the same transaction, so a consumer never has to read the day given out of the decision to issue.
     */
    public record Given(UUID noticeId, String reference, String noticeType, UUID caseId, String organisationId,
            String givingMethod, String givingProvision, Instant sentAt, LocalDate givenOn,
            LocalDate representationsDueOn, LocalDate paymentDueOn, LocalDate appealDueOn, LocalDate requiredBy) {
    }

    public record Withdrawn(UUID noticeId, String reference, String noticeType, UUID caseId, Instant withdrawnAt) {
    }

    public record Varied(UUID noticeId, String reference, UUID variationId, String source, String amountBefore,
            String amountAfter, LocalDate paymentDueOnBefore, LocalDate paymentDueOnAfter) {
    }

    public record Cancelled(UUID noticeId, String reference, UUID caseId, String source, LocalDate cancelledOn) {
    }

    private final Outbox outbox;

    public NoticeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void drafted(Notice n) {
        record(n, DRAFTED, new Drafted(n.id, n.reference, n.type.name(), n.caseId, n.organisationId));
    }

    public void issued(Notice n) {
        record(n, ISSUED, new Issued(n.id, n.reference, n.type.name(), n.caseId, n.organisationId, n.issuedOn,
                n.givingMethod == null ? null : n.givingMethod.name(), n.givingProvision, n.sentAt, n.dayGiven(),
                n.representationsDueOn, n.paymentDueOn, n.appealDueOn, amount(n.amount), n.documentSha256));
    }

    /** Right after {@link #issued}: a notice is given when it is sent, which completing the issue does. */
    public void given(Notice n) {
        record(n, GIVEN, new Given(n.id, n.reference, n.type.name(), n.caseId, n.organisationId, n.givingMethod.name(),
                n.givingProvision, n.sentAt, n.givenOn, n.representationsDueOn, n.paymentDueOn, n.appealDueOn,
                n.requiredBy));
    }

    public void withdrawn(Notice n) {
        record(n, WITHDRAWN, new Withdrawn(n.id, n.reference, n.type.name(), n.caseId, n.withdrawnAt));
    }

    public void varied(Notice n, NoticeVariation v) {
        record(n, VARIED, new Varied(n.id, n.reference, v.id, v.source.name(), amount(v.amountBefore),
                amount(v.amountAfter), v.paymentDueOnBefore, v.paymentDueOnAfter));
    }

    public void cancelled(Notice n, Cancellation c) {
        record(n, CANCELLED, new Cancelled(n.id, n.reference, n.caseId, c.source.name(), c.cancelledOn));
    }

    static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private void record(Notice n, String type, Object data) {
        outbox.record(new DomainEvent(AGGREGATE, n.id.toString(), type, data));
    }
}
