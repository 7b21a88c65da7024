package org.casework.notices.domain;

/**
 * When an organisation settles: the earlier, the larger the discount can be (the draft 2025
 * procedural guidance proposes 40 / 30 / 20 %; the figures are configuration, see SettlementPolicy).
 */
public enum SettlementStage {
    BEFORE_NOTICE_OF_INTENT,
    DURING_REPRESENTATIONS,
    AFTER_REPRESENTATIONS
}
