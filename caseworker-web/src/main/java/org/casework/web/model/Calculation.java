package org.casework.web.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * notice-service's fine calculation: the statutory maximum (with the provision it comes from), each step with its
 * reason, and the amount; under PECR also the law and the infringement ({@code regime}, {@code pecr}). A
 * calculation recorded before regimes were has neither.
 */
public record Calculation(Maximum maximum, List<Step> steps, Money amount, String summary, Optional<String> regime,
        Optional<Pecr> pecr) {

    public static final String PECR = "PECR";

    public Calculation {
        steps = Lists.orEmpty(steps);
        regime = Lists.orEmpty(regime);
        pecr = Lists.orEmpty(pecr);
    }

    /** A penalty under PECR reg 31 and Sch 1. */
    public boolean underPecr() {
        return regime.map(PECR::equals).orElse(false) || pecr.isPresent();
    }

    /** {@code tier} is the DPA 2018 s.157 tier, absent for a fixed maximum outside it (PECR's £500,000). */
    public record Maximum(Money applicable, String explanation, Optional<String> tier, Optional<String> source) {

        public Maximum {
            tier = Lists.orEmpty(tier);
            source = Lists.orEmpty(source);
        }
    }

    /** A contravention of PECR: the days it ran, both included, and the regulations contravened ("21", "22"). */
    public record Pecr(LocalDate infringedFrom, LocalDate infringedTo, List<String> regulations) {

        public Pecr {
            regulations = Lists.orEmpty(regulations);
        }

        /** "PECR regulations 21 and 22", "PECR regulation 22". */
        public String law() {
            if (regulations.size() == 1) {
                return "PECR regulation " + regulations.get(0);
            }
            if (regulations.isEmpty()) {
                return "PECR";
            }
            return "PECR regulations " + String.join(", ", regulations.subList(0, regulations.size() - 1)) + " and "
                    + regulations.get(regulations.size() - 1);
        }

        public boolean oneDay() {
            return infringedFrom != null && infringedFrom.equals(infringedTo);
        }
    }

    public record Step(int number, String name, String chosen, Optional<String> range, Optional<String> reason,
            Money amount, Optional<String> explanation) {

        public Step {
            range = Lists.orEmpty(range);
            reason = Lists.orEmpty(reason);
            explanation = Lists.orEmpty(explanation);
        }
    }
}
