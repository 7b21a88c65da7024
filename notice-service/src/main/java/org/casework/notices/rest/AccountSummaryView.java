package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.service.AccountQueries;
import org.casework.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the dashboard's list of penalty accounts. */
public record AccountSummaryView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
        UUID caseId, @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.NAME) String organisationName, NoticeStatus status, LocalDate issuedOn,
        Money amountDue, Money paid, Money balance,
        Money refundDue, LocalDate paymentDueOn, LocalDate workingDayPaymentDueOn, boolean overdue,
        LocalDate overdueSince, boolean appealPending, boolean recoveryPossible, LocalDate referredOn) {

    public static AccountSummaryView of(AccountQueries.Account a) {
        PenaltyAccount p = a.account();
        return new AccountSummaryView(a.notice().id, a.notice().reference, a.notice().caseId, a.notice().caseReference,
                a.notice().organisationName, p.status(), a.notice().issuedOn, Money.gbp(p.amountDue()),
                Money.gbp(p.paid()), Money.gbp(p.balance()), Money.gbp(p.refundDue()), p.paymentDueOn(),
                p.workingDayPaymentDueOn(), p.overdue(), p.overdueSince(), p.appealPending(), p.recovery().possible(),
                p.recovery().referredOn());
    }
}
