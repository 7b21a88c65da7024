package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.payment.Payment;
import org.casework.notices.domain.payment.PaymentRules;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.repository.PaymentRepository;
import org.casework.notices.repository.PenaltyAccountRepository;
import org.casework.notices.repository.PenaltyAccountRepository.Narrowing;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.time.LondonCalendar;

/** Reading penalty accounts: one (an audited read, by staff or by the organisation), a filtered page, the totals. */
@ApplicationScoped
public class AccountQueries {

    /** A notice with its account today and what the account was computed from. */
    public record Account(Notice notice, PenaltyAccount account, List<Payment> payments) {
    }

    /** The dashboard's filters: each a narrowing in SQL and the exact rule on the account. */
    public enum Filter {
        OUTSTANDING(Narrowing.OWING, a -> a.balance().signum() > 0),
        OVERDUE(Narrowing.OWING_PAST_DUE, PenaltyAccount::overdue),
        RECOVERY_POSSIBLE(Narrowing.OWING_PAST_DUE, a -> a.recovery().possible()),
        REFUND_DUE(Narrowing.OVERPAID, a -> a.refundDue().signum() > 0);

        final Narrowing narrowing;
        final Predicate<PenaltyAccount> rule;

        Filter(Narrowing narrowing, Predicate<PenaltyAccount> rule) {
            this.narrowing = narrowing;
            this.rule = rule;
        }
    }

    private final NoticeRepository notices;
    private final PaymentRepository payments;
    private final PenaltyAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountQueries(NoticeRepository notices, PaymentRepository payments, PenaltyAccountRepository accounts,
            AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.payments = payments;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Account account(UUID noticeId) {
        Notice n = notices.require(noticeId);
        PaymentRules.requireAccount(n);
        audit.record("notice.account-read", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return of(n);
    }

    /** The organisation's own account: another organisation's notice, or one without an account, is not found. */
    @Transactional
    public Account portalAccount(UUID noticeId, String organisationId) {
        Notice n = notices.findByIdOptional(noticeId).filter(x -> organisationId != null
                && organisationId.equals(x.organisationId) && x.type == NoticeType.PENALTY_NOTICE
                && (x.status == NoticeStatus.ISSUED || x.status == NoticeStatus.CANCELLED))
                .orElseThrow(() -> ProblemException.notFound("Notice " + noticeId));
        audit.record("notice.account-read", NoticeDraftService.RESOURCE, noticeId.toString(), Map.of());
        return of(n);
    }

    /** The account as a change left it, answered to the one who made the change (not a separate read). */
    @Transactional
    public Account current(UUID noticeId) {
        return of(notices.require(noticeId));
    }

    private Account of(Notice n) {
        List<Payment> received = payments.ofNotice(n.id);
        return new Account(n, PenaltyAccount.of(n, received, payments.currentPlan(n.id).orElse(null),
                payments.referral(n.id).orElse(null), LondonCalendar.today(clock)), received);
    }

    @Transactional
    public Page<Account> page(Filter filter, String after, int limit) {
        Cursor.After<LocalDate> from = Cursor.readAfter(after, LocalDate::parse);
        LocalDate afterIssued = from == null ? null : from.key();
        UUID afterId = from == null ? null : from.id();
        Narrowing narrowing = filter == null ? Narrowing.ANY : filter.narrowing;
        List<Account> items = new ArrayList<>();
        while (true) {
            List<Notice> batch = accounts.page(narrowing, LondonCalendar.today(clock), afterIssued, afterId, limit);
            for (Account a : accountsOf(batch)) {
                if (items.size() < limit && (filter == null || filter.rule.test(a.account()))) {
                    items.add(a);
                }
            }
            if (items.size() == limit) {
                Notice last = items.get(limit - 1).notice();
                return new Page<>(items, Cursor.after(last.issuedOn, last.id));
            }
            if (batch.size() < limit) {
                return new Page<>(items, null);
            }
            afterIssued = batch.get(batch.size() - 1).issuedOn;
            afterId = batch.get(batch.size() - 1).id;
        }
    }

    /** The accounts of a batch of notices, their payments, plans and referrals loaded in three queries. */
    List<Account> accountsOf(List<Notice> batch) {
        List<UUID> ids = batch.stream().map(n -> n.id).toList();
        var received = payments.ofNotices(ids);
        var plans = payments.currentPlans(ids);
        var referrals = payments.referrals(ids);
        LocalDate today = LondonCalendar.today(clock);
        return batch.stream().map(n -> {
            List<Payment> ps = Objects.requireNonNullElse(received.get(n.id), List.of());
            return new Account(n, PenaltyAccount.of(n, ps, plans.get(n.id), referrals.get(n.id), today), ps);
        }).toList();
    }
}
