package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The statutory maximum that caps a penalty, by its legal regime: the chosen tier of DPA 2018 s.157, or for PECR the
 * maximum in force on the days of the infringement ({@link PecrMaxima}). Where a PECR infringement runs across a change
 * of the maximum, the lowest maximum of its days applies (for the undertaking's turnover): a person is never exposed to
 * a higher maximum than applied on a day of the infringement (the cautious reading; see docs/architecture.md,
 * "PECR penalties").
 *
 * @param crossoverTurnover the turnover above which the maximum scales with turnover and step 2 no longer applies;
 *                          {@link InputRules#TURNOVER_LIMIT} for a fixed maximum that never does
 * @param label             "the higher maximum", "the PECR maximum" (for the summary)
 */
record ApplicableMaximum(StatutoryMaximum maximum, BigDecimal crossoverTurnover, String label) {

    static ApplicableMaximum of(PenaltyInput input, PecrMaxima pecrMaxima) {
        if (input.legalRegime() != LegalRegime.PECR) {
            MaximumTier tier = input.tier();
            StatutoryMaximum m = input.treatedAsUndertaking() ? StatutoryMaximum.of(tier, input.worldwideTurnover())
                    : StatutoryMaximum.notAnUndertaking(tier);
            return new ApplicableMaximum(m, tier.crossoverTurnover(), "the " + tier.label() + " maximum");
        }
        PecrInfringement pecr = input.pecr();
        List<PecrMaxima.Maximum> during = pecrMaxima.during(pecr.infringedFrom(), pecr.infringedTo());
        // lowest applicable amount; at equality the older maximum (the first in the list: min keeps the first)
        PecrMaxima.Maximum lowest = during.stream()
                .min(Comparator.comparing(m -> statutory(m, input, "").applicable())).orElseThrow();
        String explanation = "The penalty is for contravening " + pecr.regulationsText() + " of the Privacy and "
                + "Electronic Communications (EC Directive) Regulations 2003 from " + Texts.date(pecr.infringedFrom())
                + " to " + Texts.date(pecr.infringedTo()) + ". " + (during.size() == 1
                        ? "The maximum in force on those days is "
                        : "The maximum changed during the infringement; the lower of the maxima in force on its days "
                                + "applies (a person is never exposed to a higher maximum than applied when it "
                                + "infringed): ")
                + describe(lowest) + " (" + lowest.source() + ").";
        StatutoryMaximum m = statutory(lowest, input, explanation);
        BigDecimal crossover = lowest.tier() == null ? InputRules.TURNOVER_LIMIT : lowest.tier().crossoverTurnover();
        return new ApplicableMaximum(m, crossover, "the PECR maximum");
    }

    private static StatutoryMaximum statutory(PecrMaxima.Maximum m, PenaltyInput input, String lead) {
        if (m.tier() == null) {
            return new StatutoryMaximum(null, m.fixedAmount(), null, null, m.fixedAmount(), false,
                    lead + " It is a fixed amount: no turnover-based maximum applies.", m.source());
        }
        StatutoryMaximum s = input.treatedAsUndertaking() ? StatutoryMaximum.of(m.tier(), input.worldwideTurnover())
                : StatutoryMaximum.notAnUndertaking(m.tier());
        return new StatutoryMaximum(s.tier(), s.fixedAmount(), s.turnoverPercent(), s.turnoverAmount(), s.applicable(),
                s.turnoverBased(), lead + " " + s.explanation(), m.source());
    }

    private static String describe(PecrMaxima.Maximum m) {
        return m.tier() == null ? Texts.money(m.fixedAmount())
                : "the " + m.tier().label() + " maximum of the Data Protection Act 2018 s.157, "
                        + Texts.money(m.fixedAmount()) + " or " + Texts.percent(m.turnoverPercent())
                        + " of worldwide annual turnover, whichever is higher";
    }
}
