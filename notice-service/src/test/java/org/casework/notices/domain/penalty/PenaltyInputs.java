package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A test builder for penalty inputs, starting from the reference penalty of the case-management suite. */
final class PenaltyInputs {

    private BigDecimal turnover = new BigDecimal("300000000.00");
    private Boolean undertaking;
    private MaximumTier tier = MaximumTier.STANDARD;
    private SeriousnessChoice seriousness = new SeriousnessChoice(SeriousnessBand.HIGH, pct("52"),
            "special-category health data of 82,946 people was exposed");
    private PercentChoice turnoverAdjustment = new PercentChoice(pct("85"), "a mid-sized supplier in its band");
    private List<Factor> factors = new ArrayList<>();
    private PercentChoice effectiveness = new PercentChoice(pct("0"), "the amount is already dissuasive");
    private PercentChoice financialHardship;
    private PercentChoice settlement;
    private LegalRegime regime;
    private PecrInfringement pecr;

    /** STANDARD, turnover £300,000,000, HIGH 52 %, adjustment 85 %, no factors, effectiveness 0 %. */
    static PenaltyInputs referencePenalty() {
        return new PenaltyInputs();
    }

    static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal pounds(String value) {
        return new BigDecimal(value);
    }

    PenaltyInputs turnover(String pounds) {
        return turnover(pounds == null ? null : new BigDecimal(pounds));
    }

    PenaltyInputs turnover(BigDecimal pounds) {
        this.turnover = pounds;
        return this;
    }

    PenaltyInputs tier(MaximumTier tier) {
        this.tier = tier;
        return this;
    }

    PenaltyInputs seriousness(SeriousnessBand band, String percent) {
        return seriousness(new SeriousnessChoice(band, percent == null ? null : pct(percent), "assessed on the facts"));
    }

    PenaltyInputs seriousness(SeriousnessChoice choice) {
        this.seriousness = choice;
        return this;
    }

    PenaltyInputs adjustment(String percent) {
        return adjustment(percent == null ? null : new PercentChoice(pct(percent), "position within the band"));
    }

    /** A person that is not an undertaking: no turnover, no turnover adjustment. */
    PenaltyInputs notAnUndertaking() {
        this.undertaking = Boolean.FALSE;
        this.turnover = null;
        this.turnoverAdjustment = null;
        return this;
    }

    PenaltyInputs undertaking(Boolean undertaking) {
        this.undertaking = undertaking;
        return this;
    }

    PenaltyInputs adjustment(PercentChoice choice) {
        this.turnoverAdjustment = choice;
        return this;
    }

    PenaltyInputs factor(FactorKind kind, String description, String percent) {
        return factor(new Factor(kind, description, percent == null ? null : pct(percent), "shown by the evidence"));
    }

    PenaltyInputs factor(Factor factor) {
        this.factors.add(factor);
        return this;
    }

    PenaltyInputs noFactorList() {
        this.factors = null;
        return this;
    }

    PenaltyInputs effectiveness(String percent) {
        return effectiveness(percent == null ? null : new PercentChoice(pct(percent), "needed to deter"));
    }

    PenaltyInputs effectiveness(PercentChoice choice) {
        this.effectiveness = choice;
        return this;
    }

    PenaltyInputs hardship(String percent) {
        return hardship(new PercentChoice(pct(percent), "audited accounts show it cannot pay more"));
    }

    PenaltyInputs hardship(PercentChoice choice) {
        this.financialHardship = choice;
        return this;
    }

    PenaltyInputs settlement(String percent) {
        return settlement(new PercentChoice(pct(percent), "the undertaking agreed to settle"));
    }

    PenaltyInputs settlement(PercentChoice choice) {
        this.settlement = choice;
        return this;
    }

    /** Under PECR: no tier; the infringement from {@code from} to {@code to} (ISO dates) of {@code regulations}. */
    PenaltyInputs pecr(String from, String to, String... regulations) {
        return pecr(new PecrInfringement(from == null ? null : java.time.LocalDate.parse(from),
                to == null ? null : java.time.LocalDate.parse(to), List.of(regulations)));
    }

    PenaltyInputs pecr(PecrInfringement infringement) {
        this.regime = LegalRegime.PECR;
        this.tier = null;
        this.pecr = infringement;
        return this;
    }

    PenaltyInputs regime(LegalRegime regime) {
        this.regime = regime;
        return this;
    }

    PenaltyInput build() {
        return new PenaltyInput(turnover, tier, seriousness, turnoverAdjustment, factors, effectiveness,
                financialHardship, settlement, undertaking, regime, pecr);
    }

    PenaltyCalculation calculate() {
        return PenaltyCalculator.calculate(build());
    }
}
