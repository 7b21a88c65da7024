package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DPA 2018 s.157: the fixed amount or the share of worldwide turnover, whichever is higher. */
class StatutoryMaximumTest {

    @Test
    @DisplayName("STANDARD below £435m turnover: the fixed £8,700,000 applies")
    void theStandardFixedAmountAppliesBelowFourHundredThirtyFiveMillion() {
        StatutoryMaximum max = StatutoryMaximum.of(MaximumTier.STANDARD, pounds("300000000"));
        assertEquals(pounds("8700000.00"), max.applicable());
        assertEquals(pounds("6000000.00"), max.turnoverAmount());
        assertFalse(max.turnoverBased());
        assertEquals("The standard maximum is £8,700,000.00 or 2% of the undertaking's worldwide annual turnover "
                + "of the preceding financial year, whichever is higher. 2% of £300,000,000.00 is £6,000,000.00, "
                + "so the fixed maximum of £8,700,000.00 applies.", max.explanation());
    }

    @Test
    @DisplayName("STANDARD at £1bn turnover: 2% = £20,000,000 is higher and applies")
    void theStandardTurnoverMaximumAppliesAtOneBillion() {
        StatutoryMaximum max = StatutoryMaximum.of(MaximumTier.STANDARD, pounds("1000000000"));
        assertEquals(pounds("20000000.00"), max.applicable());
        assertTrue(max.turnoverBased());
        assertTrue(max.explanation().endsWith("the turnover-based maximum of £20,000,000.00 applies."));
    }

    @Test
    @DisplayName("At exactly £435m turnover 2% equals £8.7m, and at equality the fixed amount applies")
    void atTheCrossoverTurnoverTheFixedAmountApplies() {
        StatutoryMaximum max = StatutoryMaximum.of(MaximumTier.STANDARD, pounds("435000000.00"));
        assertEquals(pounds("8700000.00"), max.applicable());
        assertFalse(max.turnoverBased());
    }

    @Test
    @DisplayName("One penny above £435m the turnover maximum is strictly higher and applies (rounded down to £8.7m)")
    void aPennyAboveTheCrossoverTheTurnoverMaximumApplies() {
        StatutoryMaximum max = StatutoryMaximum.of(MaximumTier.STANDARD, pounds("435000000.01"));
        assertTrue(max.turnoverBased());
        assertEquals(pounds("8700000.00"), max.applicable());
    }

    @Test
    @DisplayName("HIGHER: £17,500,000 or 4% of turnover; £1bn gives £40m, £437.5m gives the fixed amount")
    void theHigherMaximumIsSeventeenAndAHalfMillionOrFourPercent() {
        assertEquals(pounds("17500000.00"), MaximumTier.HIGHER.fixedAmount());
        assertEquals(0, MaximumTier.HIGHER.turnoverPercent().compareTo(pounds("4")));
        assertEquals(pounds("17500000.00"), StatutoryMaximum.of(MaximumTier.HIGHER, pounds("300000000")).applicable());
        assertFalse(StatutoryMaximum.of(MaximumTier.HIGHER, pounds("437500000")).turnoverBased());
        StatutoryMaximum billion = StatutoryMaximum.of(MaximumTier.HIGHER, pounds("1000000000"));
        assertEquals(pounds("40000000.00"), billion.applicable());
        assertTrue(billion.turnoverBased());
    }

    @Test
    @DisplayName("The crossover turnovers are £435m (STANDARD) and £437.5m (HIGHER)")
    void theCrossoverTurnoversAreWhereBothMaximaMeet() {
        assertEquals(pounds("435000000.00"), MaximumTier.STANDARD.crossoverTurnover());
        assertEquals(pounds("437500000.00"), MaximumTier.HIGHER.crossoverTurnover());
    }

    @Test
    @DisplayName("The largest turnover accepted, £10^15, gives a turnover maximum written in full")
    void theLargestAcceptedTurnoverIsHandledExactly() {
        StatutoryMaximum max = StatutoryMaximum.of(MaximumTier.HIGHER, pounds("1000000000000000"));
        assertEquals(pounds("40000000000000.00"), max.applicable());
        assertTrue(max.explanation().contains("£40,000,000,000,000.00"));
    }
}
