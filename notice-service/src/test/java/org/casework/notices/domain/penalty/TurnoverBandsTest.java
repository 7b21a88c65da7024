package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Step 2 of the ICO Fining Guidance: turnover bands, each including its upper bound. */
class TurnoverBandsTest {

    @ParameterizedTest(name = "{0}: turnover £{1} → adjustment {2}")
    @CsvSource({
            "STANDARD, 0,              0.2%–0.4%",
            "STANDARD, 2000000,        0.2%–0.4%",
            "STANDARD, 2000000.01,     0.4%–2%",
            "STANDARD, 10000000,       0.4%–2%",
            "STANDARD, 10000000.01,    2%–10%",
            "STANDARD, 50000000,       2%–10%",
            "STANDARD, 50000000.01,    10%–20%",
            "STANDARD, 100000000,      10%–20%",
            "STANDARD, 100000000.01,   20%–50%",
            "STANDARD, 250000000,      20%–50%",
            "STANDARD, 250000000.01,   50%–100%",
            "STANDARD, 435000000,      50%–100%",
            "HIGHER,   435000000.01,   50%–100%",
            "HIGHER,   437500000,      50%–100%",
    })
    void eachBandIncludesItsUpperBound(MaximumTier tier, String turnover, String range) {
        Optional<TurnoverBands.Band> band = TurnoverBands.forTurnover(pounds(turnover), tier);
        assertTrue(band.isPresent());
        assertEquals(range, band.get().percentRange());
    }

    @ParameterizedTest(name = "{0}: turnover £{1} → no turnover adjustment")
    @CsvSource({
            "STANDARD, 435000000.01",
            "STANDARD, 1000000000",
            "HIGHER,   437500000.01",
            "HIGHER,   1000000000000000",
    })
    void aboveTheCrossoverTurnoverNoAdjustmentApplies(MaximumTier tier, String turnover) {
        assertTrue(TurnoverBands.forTurnover(pounds(turnover), tier).isEmpty());
    }

    @ParameterizedTest(name = "{0}: turnover £{1} is described as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "STANDARD | 2000000   | up to and including £2,000,000.00",
            "STANDARD | 300000000 | above £250,000,000.00 up to and including £435,000,000.00",
            "HIGHER   | 300000000 | above £250,000,000.00 up to and including £437,500,000.00",
    })
    void bandsDescribeTheirTurnoverRange(MaximumTier tier, String turnover, String description) {
        assertEquals(description, TurnoverBands.forTurnover(pounds(turnover), tier).orElseThrow().turnoverRange());
    }

    @ParameterizedTest(name = "£{0} at the top of its band allows exactly {1}% and {2}%")
    @CsvSource({ "2000000, 0.2, 0.4", "10000000, 0.4, 2", "435000000, 50, 100" })
    void bothEndsOfABandAreAllowed(String turnover, String low, String high) {
        TurnoverBands.Band band = TurnoverBands.forTurnover(pounds(turnover), MaximumTier.STANDARD).orElseThrow();
        assertTrue(band.contains(pounds(low)));
        assertTrue(band.contains(pounds(high)));
    }
}
