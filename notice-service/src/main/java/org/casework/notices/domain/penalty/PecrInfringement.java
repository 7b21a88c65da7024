package org.casework.notices.domain.penalty;

import java.time.LocalDate;
import java.util.List;

/**
 * A contravention of PECR: the days it ran (both included; one day when {@code infringedFrom} equals
 * {@code infringedTo}) and the regulations contravened, e.g. "21", "22". Unvalidated: {@link PecrRules} checks it.
 */
public record PecrInfringement(LocalDate infringedFrom, LocalDate infringedTo, List<String> regulations) {

    public PecrInfringement {
        regulations = regulations == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(regulations));
    }

    /** "regulations 21 and 22" or "regulation 22". */
    public String regulationsText() {
        if (regulations.size() == 1) {
            return "regulation " + regulations.get(0);
        }
        return "regulations " + String.join(", ", regulations.subList(0, regulations.size() - 1)) + " and "
                + regulations.get(regulations.size() - 1);
    }
}
