package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SettlementPolicyTest {

    private final SettlementPolicy policy = new SettlementPolicy(Map.of(
            SettlementStage.BEFORE_NOTICE_OF_INTENT, new BigDecimal("40"),
            SettlementStage.DURING_REPRESENTATIONS, new BigDecimal("30"),
            SettlementStage.AFTER_REPRESENTATIONS, new BigDecimal("20")));

    @Test
    void allowsUpToTheStagesDiscountForWaivingTheAppeal() {
        assertDoesNotThrow(() -> policy.check(SettlementStage.AFTER_REPRESENTATIONS, new BigDecimal("20"), true));
        assertDoesNotThrow(() -> policy.check(SettlementStage.BEFORE_NOTICE_OF_INTENT, new BigDecimal("40"), true));
    }

    @Test
    void refusesMoreThanTheStageAllows() {
        assertThrows(ProblemException.class, () -> policy.check(SettlementStage.AFTER_REPRESENTATIONS,
                new BigDecimal("20.01"), true));
    }

    @Test
    void refusesASettlementThatKeepsTheAppeal() {
        assertThrows(ProblemException.class, () -> policy.check(SettlementStage.AFTER_REPRESENTATIONS,
                new BigDecimal("20"), false));
    }
}
