package org.casework.notices.domain.payment;

/** One reason a penalty cannot be referred for recovery now, with the rule behind it. */
public record RecoveryBar(String code, String rule, String detail) {
}
