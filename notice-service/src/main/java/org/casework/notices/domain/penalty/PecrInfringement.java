package org.casework.notices.domain.penalty;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contravention of PECR: the days it ran (both included; one day when {@code infringedFrom} equals
 * {@code infringedTo}) and the regulations contravened, e.g. "21", "22". Unvalidated: {@link PecrRules} checks it.
 */
public record PecrInfringement(LocalDate infringedFrom, LocalDate infringedTo,
        @Schema(maxItems = PecrRules.MAX_REGULATIONS) List<@Size(max = REGULATION) String> regulations) {

    /** A regulation's number as PECR gives it: 5, 5A, 21B. */
    public static final int REGULATION = 4;

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
