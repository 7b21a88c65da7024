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
import org.casework.platform.events.EventFields;
import org.casework.platform.events.MalformedEventException;

/** The {@code data} of the events this service reads, as domain values; what does not read is malformed. */
public final class EventData {

    private static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String REFERENCE = "[A-Z]{2,4}-[0-9]{4}-[0-9]{6}";

    private EventData() {
    }

    /**
     * uk.gov.casework.notice.given.v1: the notice's id, reference, type, organisation, the day it is treated as given
     * by {@code givingMethod} (BY_HAND, LEFT_AT_ADDRESS, POST, EMAIL: DPA 2018 s.141A) and the periods running from it.
     */
    public static GivenNotice given(JsonNode data) {
        String type = EventFields.text(data, "noticeType");
        if (!NoticeTypes.isKnown(type)) {
            throw new MalformedEventException("unknown notice type");
        }
        List<Deadline> deadlines = new ArrayList<>();
        add(deadlines, DeadlineKind.REPRESENTATIONS, EventFields.optionalDate(data, "representationsDueOn"));
        add(deadlines, DeadlineKind.PAYMENT, EventFields.optionalDate(data, "paymentDueOn"));
        add(deadlines, DeadlineKind.APPEAL, EventFields.optionalDate(data, "appealDueOn"));
        return new GivenNotice(noticeId(data), organisationId(data), reference(data, "reference"), type,
                requiredDate(data, "givenOn"), EventFields.text(data, "givingMethod"), deadlines);
    }

    /** uk.gov.casework.window.opened.v1: a notice of intent's representation window. */
    public record Window(UUID noticeId, String noticeReference, String organisationId, LocalDate dueOn) {
    }

    public static Window window(JsonNode data) {
        return new Window(noticeId(data), reference(data, "noticeReference"), organisationId(data),
                requiredDate(data, "dueOn"));
    }

    /** A representation or a request from the organisation; the assigned caseworker's address if the event has it. */
    public record Request(UUID noticeId, String organisationId, String assigneeEmail) {
    }

    public static Request request(JsonNode data) {
        return new Request(noticeId(data), organisationId(data), EventFields.optional(data, "assigneeEmail"));
    }

    public static UUID noticeId(JsonNode data) {
        return EventFields.uuid(data, "noticeId");
    }

    public static boolean granted(JsonNode data) {
        if (!data.path("granted").isBoolean()) {
            throw new MalformedEventException("granted is not true or false");
        }
        return data.path("granted").asBoolean();
    }

    public static LocalDate requiredDate(JsonNode data, String field) {
        LocalDate date = EventFields.optionalDate(data, field);
        if (date == null) {
            throw new MalformedEventException("missing " + field);
        }
        return date;
    }

    public static String organisationId(JsonNode data) {
        String id = EventFields.text(data, "organisationId");
        if (!id.matches(ORGANISATION_ID)) {
            throw new MalformedEventException("organisationId is not an organisation id");
        }
        return id;
    }

    private static String reference(JsonNode data, String field) {
        String reference = EventFields.text(data, field);
        if (!reference.matches(REFERENCE)) {
            throw new MalformedEventException(field + " is not a notice reference");
        }
        return reference;
    }

    private static void add(List<Deadline> deadlines, DeadlineKind kind, LocalDate dueOn) {
        if (dueOn != null) {
            deadlines.add(new Deadline(kind, dueOn));
        }
    }
}
