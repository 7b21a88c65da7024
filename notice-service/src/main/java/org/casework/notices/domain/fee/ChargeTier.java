package org.casework.notices.domain.fee;

/**
 * The three tiers of the data-protection charge (Data Protection (Charges and Information) Regulations 2018
 * reg 3(1)(a)-(c)): micro organisations, small and medium organisations, large organisations.
 */
public enum ChargeTier {
    TIER_1(1), TIER_2(2), TIER_3(3);

    private final int number;

    ChargeTier(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The tier numbered 1 to 3; anything else is refused. */
    public static ChargeTier of(int number) {
        for (ChargeTier t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        throw new FeePenaltyRuleException("tier", "Charges Regulations 2018 reg 3(1)",
                "must be 1, 2 or 3 (the tiers of reg 3(1) of the Charges Regulations 2018); " + number + " was given");
    }
}
