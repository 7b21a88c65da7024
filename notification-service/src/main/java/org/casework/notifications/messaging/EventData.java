package org.casework.notifications.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.DeadlineKind;
import org.casework.notifications.domain.GivenNotice;
import org.casework.notifications.domain.NoticeTypes;

/** The {@code data} of the events this service reads, as domain values; what does not read is malformed. */
public final class EventData {

    private static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{0,63}";

    private EventData() {
    }

    /** A notice event's data: the notice's view as notice-service answers it (id, reference, type, dates). */
    public static GivenNotice notice(JsonNode data) {
        UUID noticeId = CloudEvents.uuid(data, data.has("noticeId") ? "noticeId" : "id");
        String type = CloudEvents.required(data, "type");
        if (!NoticeTypes.isKnown(type)) {
            throw new MalformedEvent("unknown notice type");
        }
        LocalDate givenOn = CloudEvents.date(data, "givenOn");
        if (givenOn == null) {
            givenOn = CloudEvents.date(data, "issuedOn");
        }
        List<Deadline> deadlines = new ArrayList<>();
        add(deadlines, DeadlineKind.REPRESENTATIONS, CloudEvents.date(data, "representationsDueOn"));
        add(deadlines, DeadlineKind.PAYMENT, CloudEvents.date(data, "paymentDueOn"));
        add(deadlines, DeadlineKind.APPEAL, CloudEvents.date(data, "appealDueOn"));
        return new GivenNotice(noticeId, organisationId(data), CloudEvents.required(data, "reference"), type,
                givenOn, CloudEvents.optional(data, "method"), deadlines);
    }

    /** A representation or request: which notice and organisation, and the assigned caseworker's address if known. */
    public record Request(UUID noticeId, String organisationId, String noticeReference, String assigneeEmail,
            Boolean granted, LocalDate until) {
    }

    public static Request request(JsonNode data) {
        Boolean granted = data.path("granted").isBoolean() ? data.path("granted").asBoolean() : null;
        return new Request(CloudEvents.uuid(data, "noticeId"), organisationId(data),
                CloudEvents.optional(data, "noticeReference"), CloudEvents.optional(data, "assigneeEmail"), granted,
                CloudEvents.date(data, "until"));
    }

    public static String organisationId(JsonNode data) {
        String id = CloudEvents.required(data, "organisationId");
        if (!id.matches(ORGANISATION_ID)) {
            throw new MalformedEvent("organisationId is not an organisation id");
        }
        return id;
    }

    private static void add(List<Deadline> deadlines, DeadlineKind kind, LocalDate dueOn) {
        if (dueOn != null) {
            deadlines.add(new Deadline(kind, dueOn));
        }
    }
}
