package org.casework.notices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation's settlement: the discount it earns by accepting the decision and waiving its appeal. */
@Embeddable
public class Settlement {

    @Enumerated(EnumType.STRING)
    @Column(name = "settlement_stage")
    public SettlementStage stage;

    @Column(name = "settlement_discount_percent", precision = 5, scale = 2)
    public BigDecimal discountPercent;

    @Column(name = "settlement_appeal_waived")
    public Boolean appealWaived;

    @Column(name = "settlement_recorded_by")
    public String recordedBy;

    @Column(name = "settlement_recorded_at")
    public Instant recordedAt;

    /**
     * The day the organisation appealed after waiving its appeal: from then the discount is lost and the
     * amount before it is due. Set by the appeal records, read by the payment account.
     */
    @Column(name = "settlement_lost_on")
    public LocalDate lostOn;
}
