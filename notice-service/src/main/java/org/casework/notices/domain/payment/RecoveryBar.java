package org.casework.notices.domain.payment;

import org.casework.notices.domain.Lengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a penalty cannot be referred for recovery now, with the rule behind it. */
public record RecoveryBar(
        @Schema(enumeration = { "CANCELLED", "NOTHING_OWED", "PAYMENT_PERIOD_RUNNING", "APPEAL_PERIOD_RUNNING",
                "APPEAL_PENDING", "INSTALMENT_PLAN_KEPT", "ALREADY_REFERRED" }) String code,
        @Schema(maxLength = Lengths.WRITTEN) String rule, @Schema(maxLength = Lengths.WRITTEN) String detail) {

    /** Each of the codes above bars recovery at most once ({@link RecoveryRules}). */
    public static final int MAX = 7;
}
