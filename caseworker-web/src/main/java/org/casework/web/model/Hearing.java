package org.casework.web.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A request to make representations orally (Sch 16 para 3(5)), the decision on it and the record of the hearing. */
public record Hearing(String id, String noticeId, String reason, Instant requestedAt, String status,
        Optional<Decision> decision, Optional<Record> record) {

    public Hearing {
        decision = Lists.orEmpty(decision);
        record = Lists.orEmpty(record);
    }

    public boolean isRequested() {
        return "REQUESTED".equals(status);
    }

    public boolean isGranted() {
        return "GRANTED".equals(status);
    }

    public record Decision(boolean granted, Optional<LocalDateTime> heldAt, Optional<String> place,
            Optional<String> videoLink, List<String> attendees, Optional<String> reason, Optional<Instant> decidedAt) {

        public Decision {
            heldAt = Lists.orEmpty(heldAt);
            place = Lists.orEmpty(place);
            videoLink = Lists.orEmpty(videoLink);
            attendees = Lists.orEmpty(attendees);
            reason = Lists.orEmpty(reason);
            decidedAt = Lists.orEmpty(decidedAt);
        }
    }

    public record Record(LocalDate heldOn, List<String> attendees, Optional<String> note, List<Document> documents) {

        public Record {
            attendees = Lists.orEmpty(attendees);
            note = Lists.orEmpty(note);
            documents = Lists.orEmpty(documents);
        }
    }

    public record Document(String id, String fileName, String contentType, long size, String sha256) {
    }
}
