package org.casework.web.model;

import java.util.List;
import java.util.Optional;

/** notice-service's fine calculation: the statutory maximum, each step with its reason, and the amount. */
public record Calculation(Maximum maximum, List<Step> steps, Money amount, String summary) {

    public Calculation {
        steps = Lists.orEmpty(steps);
    }

    public record Maximum(Money applicable, String explanation) {
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
