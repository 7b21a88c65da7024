package org.casework.web.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A published final decision ({@code GET /register}); {@code cancelledOn} for an enforcement notice cancelled since
 * (DPA 2018 s.153), which stays listed.
 */
public record RegisterEntry(String reference, String type, String organisation, LocalDate issuedOn,
        Optional<Money> amount, Optional<Money> notionalFine, Optional<String> summary, Optional<LocalDate> cancelledOn) {

    public RegisterEntry {
        amount = Lists.orEmpty(amount);
        notionalFine = Lists.orEmpty(notionalFine);
        summary = Lists.orEmpty(summary);
        cancelledOn = Lists.orEmpty(cancelledOn);
    }
}
