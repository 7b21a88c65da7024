package org.casework.notices.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.payment.AccountAmounts;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.repository.PenaltyAccountRepository;
import org.casework.notices.repository.PenaltyAccountRepository.Narrowing;

/**
 * The dashboard's totals over every penalty account, each account computed by its own rules (working-day dates,
 * plans, appeals) rather than approximated in SQL. It walks the accounts in batches along their index: penalty
 * notices number in the hundreds a year, so this stays a short read.
 */
@ApplicationScoped
public class AccountTotals {

    public record Totals(BigDecimal outstanding, long overdueCount, BigDecimal overdueBalance, long recoveriesPossible,
            BigDecimal refundsDue, long refundsDueCount, long accounts) {
    }

    private static final int TOTALS_BATCH = 500;

    private final PenaltyAccountRepository accounts;
    private final AccountQueries queries;

    public AccountTotals(PenaltyAccountRepository accounts, AccountQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    @Transactional
    public Totals totals() {
        BigDecimal outstanding = AccountAmounts.ZERO;
        BigDecimal overdueBalance = AccountAmounts.ZERO;
        BigDecimal refunds = AccountAmounts.ZERO;
        long overdue = 0;
        long recoverable = 0;
        long refundCount = 0;
        long count = 0;
        LocalDate afterIssued = null;
        UUID afterId = null;
        List<Notice> batch;
        do {
            batch = accounts.page(Narrowing.ANY, null, afterIssued, afterId, TOTALS_BATCH);
            for (AccountQueries.Account a : queries.accountsOf(batch)) {
                PenaltyAccount p = a.account();
                count++;
                outstanding = outstanding.add(p.balance());
                if (p.overdue()) {
                    overdue++;
                    overdueBalance = overdueBalance.add(p.balance());
                }
                recoverable += p.recovery().possible() ? 1 : 0;
                if (p.refundDue().signum() > 0) {
                    refundCount++;
                    refunds = refunds.add(p.refundDue());
                }
            }
            if (!batch.isEmpty()) {
                afterIssued = batch.get(batch.size() - 1).issuedOn;
                afterId = batch.get(batch.size() - 1).id;
            }
        } while (batch.size() == TOTALS_BATCH);
        return new Totals(outstanding, overdue, overdueBalance, recoverable, refunds, refundCount, count);
    }
}
