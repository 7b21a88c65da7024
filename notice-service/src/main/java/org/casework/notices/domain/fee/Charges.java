package org.casework.notices.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The data-protection charge by tier, as data by date. Data Protection (Charges and Information) Regulations 2018
 * (SI 2018/480) reg 3(1), in force 25 May 2018: £40, £60, £2,900; substituted by the Data Protection (Charges and
 * Information) (Amendment) Regulations 2025 (SI 2025/63) reg 2 from 17 February 2025: £52, £78, £3,763.
 *
 * <p>A charge is looked up by the first day of its charge period. SI 2025/63 reg 3 keeps the old amounts for a
 * period that began from 18 Feb 2024 to 16 Feb 2025 only where the charge was paid; for an unpaid charge of such a
 * period its wording would allow the new amount. The suite shows the amount in force when the period began (the
 * lower one): it does not collect the charge, and the penalty does not depend on it (docs/architecture.md).
 */
public final class Charges {

    /** The day the Charges Regulations 2018 came into force (reg 1(1)): no charge period begins before it. */
    public static final LocalDate IN_FORCE = LocalDate.of(2018, 5, 25);
    /** SI 2025/63 reg 1(1): the new amounts from this day. */
    public static final LocalDate AMENDED_2025 = LocalDate.of(2025, 2, 17);

    /** The amounts of reg 3(1) from one day on, with the instrument that set them. */
    public record Rates(LocalDate from, BigDecimal tier1, BigDecimal tier2, BigDecimal tier3, String source) {

        public BigDecimal of(ChargeTier tier) {
            return switch (tier) {
                case TIER_1 -> tier1;
                case TIER_2 -> tier2;
                case TIER_3 -> tier3;
            };
        }

        public BigDecimal highest() {
            return tier1.max(tier2).max(tier3);
        }
    }

    /** Oldest first. A new instrument is a new line here, with its test. */
    public static final List<Rates> RATES = List.of(
            new Rates(IN_FORCE, pounds("40.00"), pounds("60.00"), pounds("2900.00"), "SI 2018/480 reg 3(1)"),
            new Rates(AMENDED_2025, pounds("52.00"), pounds("78.00"), pounds("3763.00"), "SI 2025/63 reg 2"));

    private Charges() {
    }

    /** The charge for the tier of a charge period beginning on {@code chargePeriodStart}. */
    public static BigDecimal charge(ChargeTier tier, LocalDate chargePeriodStart) {
        return ratesOn(chargePeriodStart).of(tier);
    }

    /** The rates in force on {@code day}; before 25 May 2018 there were none. */
    public static Rates ratesOn(LocalDate day) {
        Rates found = null;
        for (Rates r : RATES) {
            if (!r.from().isAfter(day)) {
                found = r;
            }
        }
        if (found == null) {
            throw new FeePenaltyRuleException("chargePeriodStart", "Charges Regulations 2018 reg 1(1)",
                    "no charge was payable before " + IN_FORCE + " (the Charges Regulations 2018 came into force then); "
                            + day + " was given");
        }
        return found;
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }
}
