package org.casework.notices.domain.fee;

/**
 * Where one fixed penalty for an unpaid charge stands. NOTICE_OF_INTENT_GIVEN → PENALTY_NOTICE_GIVEN → PAID; or
 * NOTICE_OF_INTENT_GIVEN → WITHDRAWN when the fee is paid while the notice of intent runs (the usual outcome).
 */
public enum FeePenaltyStatus {
    NOTICE_OF_INTENT_GIVEN, PENALTY_NOTICE_GIVEN, PAID, WITHDRAWN
}
