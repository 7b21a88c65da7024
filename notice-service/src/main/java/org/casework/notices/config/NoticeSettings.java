package org.casework.notices.config;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.casework.notices.domain.SettlementPolicy;
import org.casework.notices.domain.SettlementStage;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.giving.GivingRules;
import org.casework.platform.time.EnglandAndWalesCalendar;

import io.quarkus.runtime.StartupEvent;

/**
 * The configured settings, checked once at start: a payment period below the statutory minimum
 * stops the service rather than producing unlawful notices.
 */
@ApplicationScoped
public class NoticeSettings {

    private final NoticeConfig config;

    private final GivingRules givingRules;

    public NoticeSettings(NoticeConfig config) {
        this.config = config;
        this.givingRules = new GivingRules(config.giving().s141aInForceFrom(), EnglandAndWalesCalendar.standard());
    }

    void check(@Observes StartupEvent event) {
        StatutoryPeriods.requirePaymentDays(config.paymentDays());
    }

    /** The rules on giving notices, with the configured day s.141A came into force. */
    public GivingRules givingRules() {
        return givingRules;
    }

    public int paymentDays() {
        return config.paymentDays();
    }

    public String paymentDetails() {
        return config.paymentDetails();
    }

    public String appealRights() {
        return config.appealRights();
    }

    public java.time.Duration reconcileAfter() {
        return config.reconcileAfter();
    }

    public SettlementPolicy settlementPolicy() {
        Map<SettlementStage, BigDecimal> max = new EnumMap<>(SettlementStage.class);
        max.put(SettlementStage.BEFORE_NOTICE_OF_INTENT, config.settlement().beforeNoticeOfIntent());
        max.put(SettlementStage.DURING_REPRESENTATIONS, config.settlement().duringRepresentations());
        max.put(SettlementStage.AFTER_REPRESENTATIONS, config.settlement().afterRepresentations());
        return new SettlementPolicy(max);
    }
}
