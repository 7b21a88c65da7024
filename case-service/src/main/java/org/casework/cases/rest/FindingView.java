package org.casework.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.Finding;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record FindingView(UUID id, @Schema(maxLength = 200) String provision,
        @Schema(maxLength = CaseFacts.SUMMARY) String description, @Schema(maxLength = Produced.NAME) String recordedBy,
        Instant recordedAt) {

    /** Findings are recorded by people, one at a time: a case never holds this many. */
    static final int MAX_PER_CASE = 1000;

    static FindingView of(Finding f) {
        return new FindingView(f.id, f.provision, f.description, f.recordedBy, f.recordedAt);
    }
}
