package org.casework.web.model;

import java.time.LocalDate;
import java.util.Optional;

/** A published final decision ({@code GET /register}). */
public record RegisterEntry(String reference, String type, String organisation, LocalDate issuedOn,
        Optional<Money> amount, Optional<Money> notionalFine, Optional<String> summary) {

    public RegisterEntry {
        amount = Lists.orEmpty(amount);
        notionalFine = Lists.orEmpty(notionalFine);
        summary = Lists.orEmpty(summary);
    }
}
