package org.casework.notices.domain.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a drafter writes into an enforcement notice beyond the common parts: the failures it rests on
 * (DPA 2018 s.150(1)(a)), the steps with their compliance dates (s.149(1), s.150(4)) and, where the
 * Commissioner thinks compliance urgent, that statement with its reasons (s.150(8)).
 */
public record EnforcementDraft(String failures, boolean urgent, String urgencyReasons, List<Step> steps) {

    public EnforcementDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One step the organisation must take (or refrain from taking), complied with by the end of its date. */
    public record Step(String text, LocalDate complianceDate) {
    }
}
