package org.casework.notices.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.payment.InstalmentPlan;
import org.casework.notices.domain.payment.Payment;
import org.casework.notices.domain.payment.RecoveryReferral;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * What is recorded on a penalty notice's account: a payment, an instalment plan, a referral for recovery; events of
 * the notice (its aggregate, its order). Amounts are decimal text in pounds, as in the API; never the note or the
 * reason a plan was agreed.
 */
@ApplicationScoped
public class AccountEvents {

    public static final String PAYMENT_RECORDED = "uk.gov.casework.payment.recorded.v1";
    public static final String PLAN_AGREED = "uk.gov.casework.instalment-plan.agreed.v1";
    public static final String RECOVERY_REFERRED = "uk.gov.casework.recovery.referred.v1";

    /** {@code paymentReference}: the transfer's own reference, by which one transfer is recorded once. */
    public record PaymentRecorded(UUID noticeId, String reference, UUID paymentId, String amount, LocalDate receivedOn,
            String paymentReference) {
    }

    public record PlanAgreed(UUID noticeId, String reference, UUID planId, int instalments, String balance,
            LocalDate firstDueOn, LocalDate lastDueOn, LocalDate agreedOn) {
    }

    public record RecoveryReferred(UUID noticeId, String reference, LocalDate referredOn, String balance) {
    }

    private final Outbox outbox;

    public AccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void paymentRecorded(Notice n, Payment p) {
        record(n, PAYMENT_RECORDED, new PaymentRecorded(n.id, n.reference, p.id, NoticeEvents.amount(p.amount),
                p.receivedOn, p.reference));
    }

    public void planAgreed(Notice n, InstalmentPlan plan) {
        var instalments = plan.instalments;
        record(n, PLAN_AGREED, new PlanAgreed(n.id, n.reference, plan.id, instalments.size(),
                NoticeEvents.amount(plan.balance), instalments.get(0).dueOn(),
                instalments.get(instalments.size() - 1).dueOn(), plan.agreedOn));
    }

    public void recoveryReferred(Notice n, RecoveryReferral r, BigDecimal balance) {
        record(n, RECOVERY_REFERRED, new RecoveryReferred(n.id, n.reference, r.referredOn,
                NoticeEvents.amount(balance)));
    }

    private void record(Notice n, String type, Object data) {
        outbox.record(new DomainEvent(NoticeEvents.AGGREGATE, n.id.toString(), type, data));
    }
}
