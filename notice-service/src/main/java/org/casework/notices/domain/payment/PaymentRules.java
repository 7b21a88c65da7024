package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.ProblemException;

/**
 * What a payment must be to be recorded. A penalty notice requires the person to pay the penalty (DPA 2018 s.155(1)):
 * money is received only on a penalty notice that was given, and also after its cancellation (Sch 16 para 8), when
 * what arrives is refunded. The payment happened: it is not dated in the future, nor before the notice was given.
 */
public final class PaymentRules {

    private PaymentRules() {
    }

    /** A notice that has an account: a penalty notice given, or given and then cancelled. */
    public static void requireAccount(Notice n) {
        if (n.type != NoticeType.PENALTY_NOTICE || (n.status != NoticeStatus.ISSUED && n.status != NoticeStatus.CANCELLED)) {
            throw ProblemException.conflict("not-payable", "No penalty to pay",
                    "Notice " + n.reference + " is a " + n.status + " " + n.type.title().toLowerCase()
                            + ": only a penalty notice that has been given has an account")
                    .with("rule", "DPA 2018 s.155(1)");
        }
    }

    public static void check(Notice n, BigDecimal amount, LocalDate receivedOn, LocalDate today) {
        requireAccount(n);
        if (amount.signum() <= 0) {
            throw ProblemException.unprocessable("payment-not-positive", "Payment not positive",
                    "A payment is an amount received: more than £0.00");
        }
        if (!AccountAmounts.wholePence(amount)) {
            throw ProblemException.unprocessable("payment-not-whole-pence", "Payment not in whole pence",
                    "A payment has at most two decimal places; " + amount.toPlainString() + " was given");
        }
        if (receivedOn.isAfter(today)) {
            throw ProblemException.unprocessable("payment-in-future", "Payment dated in the future",
                    "A payment is recorded once received: " + receivedOn + " is after today, " + today);
        }
        if (receivedOn.isBefore(n.issuedOn)) {
            throw ProblemException.unprocessable("payment-before-notice", "Payment before the notice",
                    "Notice " + n.reference + " was given on " + n.issuedOn + "; a payment of its penalty cannot be "
                            + "received before, on " + receivedOn);
        }
    }
}
