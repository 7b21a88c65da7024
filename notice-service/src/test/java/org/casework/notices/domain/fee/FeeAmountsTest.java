package org.casework.notices.domain.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The amounts of a fixed penalty for an unpaid charge: the charge, the s.158(3) maximum and the published table. */
class FeeAmountsTest {

    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 2, 16);
    private static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 2, 17);
    private static final FixedPenaltyTable TABLE = FixedPenaltyTable.bundled();

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    @DisplayName("Charges Regulations 2018 reg 3(1): £40, £60, £2,900 for a charge period beginning 16 Feb 2025")
    void theOriginalChargesApplyToAPeriodBeginningTheDayBeforeTheAmendment() {
        assertEquals(pounds("40.00"), Charges.charge(ChargeTier.TIER_1, LAST_OLD_DAY));
        assertEquals(pounds("60.00"), Charges.charge(ChargeTier.TIER_2, LAST_OLD_DAY));
        assertEquals(pounds("2900.00"), Charges.charge(ChargeTier.TIER_3, LAST_OLD_DAY));
    }

    @Test
    @DisplayName("SI 2025/63 reg 2: £52, £78, £3,763 for a charge period beginning 17 Feb 2025")
    void theAmendedChargesApplyFromSeventeenthFebruary2025() {
        assertEquals(pounds("52.00"), Charges.charge(ChargeTier.TIER_1, FIRST_NEW_DAY));
        assertEquals(pounds("78.00"), Charges.charge(ChargeTier.TIER_2, FIRST_NEW_DAY));
        assertEquals(pounds("3763.00"), Charges.charge(ChargeTier.TIER_3, FIRST_NEW_DAY));
    }

    @Test
    @DisplayName("Charges Regulations 2018 reg 1(1): no charge period begins before 25 May 2018")
    void noChargeBeforeTheRegulationsCameIntoForce() {
        assertEquals(pounds("40.00"), Charges.charge(ChargeTier.TIER_1, LocalDate.of(2018, 5, 25)));
        FeePenaltyRuleException e = assertThrows(FeePenaltyRuleException.class,
                () -> Charges.charge(ChargeTier.TIER_1, LocalDate.of(2018, 5, 24)));
        assertEquals("chargePeriodStart", e.field());
    }

    @Test
    @DisplayName("DPA 2018 s.158(3): 150 % of the highest charge, £4,350.00 until 16 Feb 2025, £5,644.50 from 17 Feb")
    void theMaximumIsOneAndAHalfTimesTheHighestChargeOnTheDay() {
        assertEquals(pounds("4350.00"), StatutoryMaximum.on(LAST_OLD_DAY));
        assertEquals(pounds("5644.50"), StatutoryMaximum.on(FIRST_NEW_DAY));
    }

    @Test
    @DisplayName("s.158(3), cautious reading: a charge period begun before 17 Feb 2025 keeps the £4,350 cap")
    void aPenaltyIsCappedByTheLowerOfTheMaximaAtTheChargePeriodAndWhenGiven() {
        assertEquals(pounds("4350.00"), StatutoryMaximum.forPenalty(LAST_OLD_DAY, LocalDate.of(2025, 6, 1)));
        assertEquals(pounds("5644.50"), StatutoryMaximum.forPenalty(FIRST_NEW_DAY, LocalDate.of(2025, 6, 1)));
    }

    @Test
    @DisplayName("s.158(1): the published table gives tier 1 £400, tier 2 £600, tier 3 £4,000")
    void thePublishedFixedAmountsAreReadFromTheDataFile() {
        assertEquals("2018-05-25", TABLE.version());
        assertEquals(pounds("400.00"), TABLE.amount(ChargeTier.TIER_1, FIRST_NEW_DAY));
        assertEquals(pounds("600.00"), TABLE.amount(ChargeTier.TIER_2, FIRST_NEW_DAY));
        assertEquals(pounds("4000.00"), TABLE.amount(ChargeTier.TIER_3, LAST_OLD_DAY));
    }

    @Test
    @DisplayName("s.158(3): a published amount above the maximum on any day it applies is refused when loaded")
    void aTableAboveTheMaximumIsRefusedAtLoad() {
        // £5,000 is within £5,644.50 from 17 Feb 2025, but applied from 2024 it would exceed £4,350 until then
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FixedPenaltyTable.parse(List.of(
                "version 2024-01-01", "fixed 2024-01-01 1 400", "fixed 2024-01-01 2 600", "fixed 2024-01-01 3 5000")));
        assertTrue(e.getMessage().contains("s.158(3)"), e.getMessage());
        FixedPenaltyTable later = FixedPenaltyTable.parse(List.of("version 2025-02-17", "fixed 2018-05-25 1 400",
                "fixed 2018-05-25 2 600", "fixed 2018-05-25 3 4000", "fixed 2025-02-17 1 400", "fixed 2025-02-17 2 600",
                "fixed 2025-02-17 3 5000"));
        assertEquals(pounds("5000.00"), later.amount(ChargeTier.TIER_3, FIRST_NEW_DAY));
        assertEquals(pounds("4000.00"), later.amount(ChargeTier.TIER_3, LAST_OLD_DAY));
    }

    @Test
    @DisplayName("A table line that does not parse, or a date without all three tiers, stops the load")
    void aMalformedTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FixedPenaltyTable.parse(List.of("version x",
                "fixed 2018-05-25 4 400")));
        assertThrows(IllegalArgumentException.class, () -> FixedPenaltyTable.parse(List.of("version x",
                "fixed 2018-05-25 1 400")));
        assertThrows(IllegalArgumentException.class, () -> FixedPenaltyTable.parse(List.of("fixed 2018-05-25 1 400")));
    }

    @Test
    @DisplayName("s.158(3) at use: a published £5,000 for tier 3 is refused for a charge period begun before the rise")
    void aFixedAmountAboveThePenaltysOwnCapIsRefusedAtUse() {
        FixedPenaltyTable later = FixedPenaltyTable.parse(List.of("version 2025-02-17", "fixed 2018-05-25 1 400",
                "fixed 2018-05-25 2 600", "fixed 2018-05-25 3 4000", "fixed 2025-02-17 1 400", "fixed 2025-02-17 2 600",
                "fixed 2025-02-17 3 5000"));
        FeePenaltyRuleException e = assertThrows(FeePenaltyRuleException.class, () -> FeePenaltyTerms.of(later,
                ChargeTier.TIER_3, LAST_OLD_DAY, LocalDate.of(2025, 3, 3), null, null));
        assertEquals(StatutoryMaximum.RULE, e.rule());
    }

    @Test
    @DisplayName("The fixed amount is the tier's; the charge is the one of the charge period's start")
    void termsWithoutAggravation() {
        FeePenaltyTerms t = FeePenaltyTerms.of(TABLE, ChargeTier.TIER_2, FIRST_NEW_DAY, LocalDate.of(2025, 6, 2), null, null);
        assertEquals(pounds("600.00"), t.amount());
        assertEquals(pounds("78.00"), t.charge());
        assertEquals(pounds("5644.50"), t.maximum());
        assertNull(t.aggravatedAmount());
    }

    @Test
    @DisplayName("s.158(3): an aggravated amount may reach the cap exactly, £4,350.00 for a 2024 charge period")
    void anAggravatedAmountMayReachTheCap() {
        FeePenaltyTerms t = FeePenaltyTerms.of(TABLE, ChargeTier.TIER_3, LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 6, 2), pounds("4350.00"), "Ignored three reminders");
        assertEquals(pounds("4350.00"), t.amount());
    }

    @Test
    @DisplayName("s.158(3): one penny above the cap is refused; so is an amount not above the fixed one or without reason")
    void anAggravatedAmountOutsideItsRangeIsRefused() {
        LocalDate start = LocalDate.of(2024, 4, 1);
        LocalDate given = LocalDate.of(2025, 6, 2);
        assertEquals("aggravatedAmount", assertThrows(FeePenaltyRuleException.class, () -> FeePenaltyTerms.of(TABLE,
                ChargeTier.TIER_3, start, given, pounds("4350.01"), "Reason")).field());
        assertEquals("aggravatedAmount", assertThrows(FeePenaltyRuleException.class, () -> FeePenaltyTerms.of(TABLE,
                ChargeTier.TIER_1, start, given, pounds("400.00"), "Reason")).field());
        assertEquals("aggravationReason", assertThrows(FeePenaltyRuleException.class, () -> FeePenaltyTerms.of(TABLE,
                ChargeTier.TIER_1, start, given, pounds("500.00"), " ")).field());
        // from 17 Feb 2025 the cap is £5,644.50
        assertEquals(pounds("5644.50"), FeePenaltyTerms.of(TABLE, ChargeTier.TIER_3, FIRST_NEW_DAY, given,
                pounds("5644.50"), "Reason").amount());
    }

    @Test
    @DisplayName("s.155(1)(c): a charge period that has not begun cannot be unpaid")
    void aFutureChargePeriodIsRefused() {
        assertEquals("chargePeriodStart", assertThrows(FeePenaltyRuleException.class, () -> FeePenaltyTerms.of(TABLE,
                ChargeTier.TIER_1, LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 2), null, null)).field());
    }
}
