package org.casework.web.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A representation as staff see it ({@code GET /representations/{id}}), with its evidence. */
public record Representation(String id, String noticeId, String organisationId, String statement, String submittedBy,
        Optional<String> submittedByName, Instant submittedAt, boolean considered, Optional<Instant> consideredAt,
        Optional<String> considerationNote, List<EvidenceFile> files) {

    public Representation {
        submittedByName = Lists.orEmpty(submittedByName);
        consideredAt = Lists.orEmpty(consideredAt);
        considerationNote = Lists.orEmpty(considerationNote);
        files = Lists.orEmpty(files);
    }

    public record EvidenceFile(String id, String name, String contentType, long size, String sha256) {
    }
}
