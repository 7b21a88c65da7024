package org.casework.notices.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one fixed penalty for an unpaid charge proposes: the charge unpaid, the published fixed amount for the tier
 * (s.158(1)), an aggravated amount with its reason where the regulator sets one, and the statutory maximum that
 * caps both (s.158(3), {@link StatutoryMaximum#forPenalty}).
 */
public record FeePenaltyTerms(ChargeTier tier, LocalDate chargePeriodStart, BigDecimal charge, BigDecimal fixedAmount,
        BigDecimal aggravatedAmount, String aggravationReason, BigDecimal maximum) {

    /** The amount the notices state: the aggravated amount where set, else the fixed one. */
    public BigDecimal amount() {
        return aggravatedAmount != null ? aggravatedAmount : fixedAmount;
    }

    /**
     * The terms of a penalty whose notice of intent is given on {@code givenOn}. Refused: a charge period not yet
     * begun or before the Charges Regulations, a fixed amount above the maximum for this penalty, an aggravated
     * amount not above the fixed one, above the maximum, in fractions of a penny or without its reason.
     */
    public static FeePenaltyTerms of(FixedPenaltyTable table, ChargeTier tier, LocalDate chargePeriodStart,
            LocalDate givenOn, BigDecimal aggravatedAmount, String aggravationReason) {
        if (chargePeriodStart.isAfter(givenOn)) {
            throw new FeePenaltyRuleException("chargePeriodStart", "DPA 2018 s.155(1)(c)", "the charge period begins on "
                    + chargePeriodStart + ", after today (" + givenOn + "): its charge cannot be unpaid yet");
        }
        BigDecimal charge = Charges.charge(tier, chargePeriodStart);
        BigDecimal maximum = StatutoryMaximum.forPenalty(chargePeriodStart, givenOn);
        BigDecimal fixed = table.amount(tier, givenOn);
        if (fixed.compareTo(maximum) > 0) {
            throw new FeePenaltyRuleException("tier", StatutoryMaximum.RULE, "the published fixed penalty for " + tier
                    + " (£" + fixed.toPlainString() + ") is above the statutory maximum of £" + maximum.toPlainString()
                    + " for a charge period beginning " + chargePeriodStart);
        }
        if (aggravatedAmount == null) {
            if (aggravationReason != null) {
                throw new FeePenaltyRuleException("aggravationReason", "DPA 2018 Sch 16 para 3(1)(c)",
                        "a reason is given only with an aggravated amount");
            }
            return new FeePenaltyTerms(tier, chargePeriodStart, charge, fixed, null, null, maximum);
        }
        if (aggravatedAmount.scale() > 2 || aggravatedAmount.compareTo(fixed) <= 0) {
            throw new FeePenaltyRuleException("aggravatedAmount", "DPA 2018 s.158(2)", "an aggravated amount is in "
                    + "pounds and pence and above the fixed penalty of £" + fixed.toPlainString() + "; "
                    + aggravatedAmount.toPlainString() + " was given");
        }
        if (aggravatedAmount.compareTo(maximum) > 0) {
            throw new FeePenaltyRuleException("aggravatedAmount", StatutoryMaximum.RULE, "at most 150 % of the highest "
                    + "charge: £" + maximum.toPlainString() + " for a charge period beginning " + chargePeriodStart
                    + "; £" + aggravatedAmount.toPlainString() + " was given");
        }
        if (aggravationReason == null || aggravationReason.isBlank()) {
            throw new FeePenaltyRuleException("aggravationReason", "DPA 2018 Sch 16 para 3(1)(c)",
                    "an aggravated amount needs the aggravating factors it rests on");
        }
        return new FeePenaltyTerms(tier, chargePeriodStart, charge, fixed, aggravatedAmount.setScale(2), aggravationReason,
                maximum);
    }
}
