package org.casework.notices.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.payment.InstalmentPlanRules;
import org.casework.notices.domain.payment.InstalmentStatus;
import org.casework.notices.domain.payment.PenaltyAccount;
import org.casework.notices.domain.payment.RecoveryBar;
import org.casework.notices.service.AccountQueries;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A penalty notice's account as staff see it (GET /notices/{id}/account). */
public record AccountView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
        UUID caseId,
        @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.NAME) String organisationName, NoticeStatus status,
        @Schema(description = "The notice's current amount (after any variation or lost settlement discount); 0.00 "
                + "once it is cancelled") Money amountDue,
        Money paid, Money balance,
        @Schema(description = "What was paid beyond the amount due: all of it once the notice is cancelled") Money refundDue,
        @Schema(description = "The statutory last day for payment printed on the notice") LocalDate paymentDueOn,
        @Schema(description = "The last day payment is in time: paymentDueOn, or the next working day in England and "
                + "Wales where it is not one (GRC Rules 2009 r.12(2), applied to payment)") LocalDate workingDayPaymentDueOn,
        @Schema(description = "A balance remains after workingDayPaymentDueOn") boolean overdue,
        @Schema(nullable = true, maxLength = Produced.DATE) LocalDate overdueSince,
        @Schema(nullable = true, description = "Only where the notice states a rate") InterestView interest,
        @Schema(maxItems = InstalmentPlanRules.MAX_INSTALMENTS) List<InstalmentView> instalments,
        @Schema(description = "An instalment plan is current, something is owed and no instalment is overdue")
        boolean instalmentPlanKept,
        @Schema(maxItems = NoticeLimits.PAYMENTS) List<PaymentView> payments, boolean appealPending,
        @Schema(nullable = true) SettlementStateView settlement, RecoveryView recovery) {

    public record InterestView(BigDecimal annualPercent, Money accrued, LocalDate accruesFrom) {
    }

    public record InstalmentView(LocalDate dueOn, LocalDate workingDayDueOn, Money amount, Money paid,
            InstalmentStatus status) {
    }

    public record SettlementStateView(boolean discountLost, LocalDate discountLostOn, boolean conditionsKept,
            @Schema(maxItems = PenaltyAccount.Broken.MAX) List<PenaltyAccount.Broken> broken) {
    }

    public record RecoveryView(boolean possible,
            @Schema(description = "The day after both the payment period and the appeal period have ended "
                    + "(working-day dates; DPA 2018 Sch 16 para 9(1)(a), (d))") LocalDate possibleFrom,
            @Schema(maxItems = RecoveryBar.MAX) List<RecoveryBar> barredBecause, LocalDate referredOn,
            @Schema(maxLength = Produced.NAME) String referredBy) {
    }

    public static AccountView of(AccountQueries.Account a) {
        Notice n = a.notice();
        PenaltyAccount p = a.account();
        return new AccountView(n.id, n.reference, n.caseId, n.caseReference, n.organisationName, p.status(),
                Money.gbp(p.amountDue()), Money.gbp(p.paid()), Money.gbp(p.balance()), Money.gbp(p.refundDue()),
                p.paymentDueOn(), p.workingDayPaymentDueOn(), p.overdue(), p.overdueSince(), interest(p),
                instalments(p), p.planKept(), a.payments().stream().map(PaymentView::of).toList(), p.appealPending(),
                p.settlement() == null ? null : new SettlementStateView(p.settlement().discountLost(),
                        p.settlement().discountLostOn(), p.settlement().conditionsKept(), p.settlement().broken()),
                new RecoveryView(p.recovery().possible(), p.recovery().possibleFrom(), p.recovery().barredBecause(),
                        p.recovery().referredOn(), p.recovery().referredBy()));
    }

    static InterestView interest(PenaltyAccount p) {
        return p.interest() == null ? null : new InterestView(p.interest().annualPercent(),
                Money.gbp(p.interest().accrued()), p.interest().accruesFrom());
    }

    static List<InstalmentView> instalments(PenaltyAccount p) {
        return p.instalments().stream().map(i -> new InstalmentView(i.dueOn(), i.workingDayDueOn(),
                Money.gbp(i.amount()), Money.gbp(i.paid()), i.status())).toList();
    }
}
