package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.payment.InstalmentPlanRules;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.service.AccountQueries;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The organisation's own account: what it owes and when. Not the regulator's internal records: no plan reasons,
 * recovery notes, settlement assessment or who recorded what.
 */
public record PortalAccountView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
        NoticeStatus status, Money amountDue, Money paid,
        Money balance, Money refundDue, LocalDate paymentDueOn, LocalDate workingDayPaymentDueOn, boolean overdue,
        @Schema(maxLength = Produced.DATE) LocalDate overdueSince, AccountView.InterestView interest,
        @Schema(maxItems = InstalmentPlanRules.MAX_INSTALMENTS) List<AccountView.InstalmentView> instalments,
        @Schema(maxItems = NoticeLimits.PAYMENTS) List<PortalPayment> payments, boolean appealPending) {

    public record PortalPayment(Money amount, LocalDate receivedOn,
            @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String reference) {
    }

    public static PortalAccountView of(AccountQueries.Account a) {
        PenaltyAccount p = a.account();
        return new PortalAccountView(a.notice().id, a.notice().reference, p.status(), Money.gbp(p.amountDue()),
                Money.gbp(p.paid()), Money.gbp(p.balance()), Money.gbp(p.refundDue()), p.paymentDueOn(),
                p.workingDayPaymentDueOn(), p.overdue(), p.overdueSince(), AccountView.interest(p),
                AccountView.instalments(p),
                a.payments().stream().map(x -> new PortalPayment(Money.gbp(x.amount), x.receivedOn, x.reference)).toList(),
                p.appealPending());
    }
}
