package org.casework.notices.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.payment.InstalmentPlan;
import org.casework.notices.domain.payment.InstalmentPlanRules;
import org.casework.notices.domain.payment.Payment;
import org.casework.notices.domain.payment.PaymentRules;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.domain.payment.RecoveryReferral;
import org.casework.notices.domain.payment.RecoveryRules;
import org.casework.notices.events.AccountEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.repository.PaymentRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * The changes to a penalty account: a payment received, an instalment plan agreed, a referral for recovery. Each
 * locks the notice first, so changes to one account run one after another and every check sees the account as it is.
 */
@ApplicationScoped
public class PaymentService {

    private final NoticeRepository notices;
    private final PaymentRepository payments;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final AccountEvents domainEvents;

    public PaymentService(NoticeRepository notices, PaymentRepository payments, AuditTrail audit, CallerContext caller,
            Clock clock, AccountEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.payments = payments;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Payment record(UUID noticeId, BigDecimal amount, LocalDate receivedOn, String reference) {
        Notice n = notices.lockForChange(noticeId);
        PaymentRules.check(n, amount, receivedOn, LondonCalendar.today(clock));
        RecordLimit.requireRoom(payments.count("noticeId", noticeId), NoticeLimits.PAYMENTS,
                "payments towards a penalty");
        if (payments.referenceUsed(reference)) {
            throw referenceUsed(reference);
        }
        Payment p = Payment.of(noticeId, amount.setScale(2), receivedOn, reference);
        p.recordedBy = caller.get().subject();
        p.recordedAt = now();
        try {
            payments.persist(p);
            payments.flush();
        } catch (PersistenceException e) {
            // the same transfer recorded at the same moment on another notice: the unique reference refuses it
            throw referenceUsed(reference);
        }
        audit.record("payment.recorded", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of("paymentId",
                p.id.toString(), "amount", p.amount.toPlainString(), "receivedOn", receivedOn.toString(), "reference",
                reference));
        domainEvents.paymentRecorded(n, p);
        return p;
    }

    @Transactional
    public InstalmentPlan agreePlan(UUID noticeId, List<InstalmentPlan.Instalment> instalments, LocalDate agreedOn,
            String reason) {
        Notice n = notices.lockForChange(noticeId);
        LocalDate today = LondonCalendar.today(clock);
        PaymentRules.requireAccount(n);
        PenaltyAccount account = PenaltyAccount.of(n, payments.ofNotice(noticeId), null, null, today);
        InstalmentPlanRules.check(n, account.balance(), instalments, agreedOn, today);
        Instant now = now();
        payments.currentPlan(noticeId).ifPresent(earlier -> earlier.supersededAt = now);
        // the earlier plan leaves the current slot before the new one takes it
        payments.flush();
        InstalmentPlan plan = new InstalmentPlan();
        plan.id = UUID.randomUUID();
        plan.noticeId = noticeId;
        plan.instalments = instalments.stream()
                .map(i -> new InstalmentPlan.Instalment(i.dueOn(), i.amount().setScale(2))).toList();
        plan.balance = account.balance();
        plan.paidBefore = account.paid();
        plan.agreedOn = agreedOn;
        plan.reason = reason;
        plan.agreedBy = caller.get().subject();
        plan.agreedAt = now;
        payments.getEntityManager().persist(plan);
        audit.record("instalment-plan.agreed", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of("planId",
                plan.id.toString(), "instalments", String.valueOf(instalments.size()), "balance",
                plan.balance.toPlainString(), "agreedOn", agreedOn.toString()));
        domainEvents.planAgreed(n, plan);
        return plan;
    }

    @Transactional
    public RecoveryReferral refer(UUID noticeId, LocalDate referredOn, String note) {
        Notice n = notices.lockForChange(noticeId);
        LocalDate today = LondonCalendar.today(clock);
        PaymentRules.requireAccount(n);
        if (referredOn.isAfter(today) || referredOn.isBefore(n.issuedOn)) {
            throw ProblemException.unprocessable("referral-date-invalid", "Referral date not possible",
                    "A referral is dated from the day the notice was given (" + n.issuedOn + ") to today (" + today
                            + "); " + referredOn + " was given");
        }
        // the rules are applied on the day of the referral, with the account (plan, appeal) as it is now
        PenaltyAccount account = PenaltyAccount.of(n, payments.ofNotice(noticeId),
                payments.currentPlan(noticeId).orElse(null), payments.referral(noticeId).orElse(null), today);
        RecoveryRules.requireRecoverable(RecoveryRules.bars(n, account.balance(), account.planKept(),
                payments.referral(noticeId).orElse(null), referredOn));
        RecoveryReferral r = new RecoveryReferral();
        r.noticeId = noticeId;
        r.referredOn = referredOn;
        r.note = note;
        r.referredBy = caller.get().subject();
        r.referredAt = now();
        payments.getEntityManager().persist(r);
        audit.record("recovery.referred", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of("referredOn",
                referredOn.toString(), "balance", account.balance().toPlainString()));
        domainEvents.recoveryReferred(n, r, account.balance());
        return r;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException referenceUsed(String reference) {
        return ProblemException.conflict("payment-reference-used", "Payment reference already used",
                "A payment with reference " + reference + " has been recorded already: one transfer is recorded once");
    }
}
