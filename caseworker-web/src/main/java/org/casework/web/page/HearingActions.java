package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.HearingRecordsApi;
import org.casework.web.client.HearingsApi;
import org.casework.web.client.Multipart;
import org.casework.web.form.Form;
import org.casework.web.form.HearingBodies;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;

/**
 * Deciding a request for an oral hearing and recording the hearing, for whichever page shows the request
 * (a representation's, or the notice's own when no written representation was sent): each answers by
 * sending the browser to {@code landing}, or showing {@code page} again with what went wrong.
 */
@ApplicationScoped
public class HearingActions {

    private final HearingsApi hearings;
    private final HearingRecordsApi records;
    private final Clock clock;

    public HearingActions(@RestClient HearingsApi hearings, @RestClient HearingRecordsApi records, Clock clock) {
        this.hearings = hearings;
        this.records = records;
        this.clock = clock;
    }

    Response decide(Form form, String hearingId, String landing, Supplier<TemplateInstance> page) {
        form.set("hearing", hearingId);
        Map<String, Object> body = HearingBodies.decision(form);
        return ActionForms.submit(form, "hearing-decision", () -> {
            hearings.decide(hearingId, body);
            return Outcome.HEARING_DECIDED.at(landing);
        }, field -> switch (field) {
            case "granted" -> "hearing-decision";
            case "heldAt" -> "hearing-date-day";
            case "place" -> "hearing-place";
            case "videoLink" -> "hearing-link";
            case "attendees" -> "hearing-attendees";
            case "reason" -> "hearing-reason";
            default -> null;
        }, page);
    }

    /** The record's fields, and its documents streamed from the upload on disk to representation-service. */
    Response record(Form form, HearingRecordForm posted, String hearingId, String landing, Supplier<TemplateInstance> page) {
        form.set("hearing", hearingId).set("held-on-day", strip(posted.day)).set("held-on-month", strip(posted.month))
                .set("held-on-year", strip(posted.year)).set("held-attendees", strip(posted.attendees))
                .set("held-note", strip(posted.note));
        Map<String, String> fields = HearingBodies.record(form, LocalDate.now(clock));
        // a file input left empty still sends a part, with no name and nothing in it
        List<Multipart.FilePart> documents = posted.files == null ? List.of() : posted.files.stream()
                .filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank()))
                .map(f -> new Multipart.FilePart("files", f.fileName(), f.contentType(), f.uploadedFile())).toList();
        return ActionForms.submit(form, "held-on-day", () -> {
            records.record(hearingId, Multipart.form(fields, documents));
            return Outcome.HEARING_RECORDED.at(landing);
        }, field -> switch (field) {
            case "heldOn" -> "held-on-day";
            case "attendees" -> "held-attendees";
            case "note" -> "held-note";
            case "files" -> "files";
            default -> null;
        }, page);
    }

    Response document(String hearingId, String documentId) {
        return Downloads.stream(hearings.document(hearingId, documentId));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
