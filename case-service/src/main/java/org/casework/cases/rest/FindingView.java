package org.casework.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.domain.Finding;

public record FindingView(UUID id, String provision, String description, String recordedBy, Instant recordedAt) {

    static FindingView of(Finding f) {
        return new FindingView(f.id, f.provision, f.description, f.recordedBy, f.recordedAt);
    }
}
