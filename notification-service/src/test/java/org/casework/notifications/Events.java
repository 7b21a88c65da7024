package org.casework.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;

/**
 * The events the tests feed in, made as the publishers make them: the data as notice-service's NoticeEvents and
 * representation-service's RepresentationEvents record it, wrapped by platform's own {@link CloudEvents#structured}
 * (the relay's envelope), so a change to the envelope shows here.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong ROWS = new AtomicLong();

    private Events() {
    }

    /**
     * uk.gov.casework.notice.given.v1 of a notice of intent handed over on {@code givenOn} (no payment or appeal
     * date), as NoticeEvents.Given records it.
     */
    public static String noticeOfIntentGiven(UUID eventId, UUID noticeId, String reference, String organisationId,
            LocalDate givenOn, LocalDate representationsDueOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("reference", reference);
        data.put("noticeType", "NOTICE_OF_INTENT");
        data.put("caseId", UUID.randomUUID().toString());
        data.put("organisationId", organisationId);
        data.put("givingMethod", "BY_HAND");
        data.put("givingProvision", "DPA 2018 s.141");
        data.put("sentAt", givenOn.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC).toString());
        data.put("givenOn", givenOn.toString());
        data.put("representationsDueOn", representationsDueOn.toString());
        data.put("paymentDueOn", null);
        data.put("appealDueOn", null);
        data.put("requiredBy", null);
        return envelope(eventId, "notice", noticeId, "uk.gov.casework.notice.given.v1", "/casework/notice-service", data);
    }

    /** uk.gov.casework.notice.issued.v1 of a notice of intent (no payment or appeal date). */
    public static String noticeOfIntentIssued(UUID eventId, UUID noticeId, String reference, String organisationId,
            LocalDate issuedOn, LocalDate representationsDueOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("reference", reference);
        data.put("noticeType", "NOTICE_OF_INTENT");
        data.put("caseId", UUID.randomUUID().toString());
        data.put("organisationId", organisationId);
        data.put("issuedOn", issuedOn.toString());
        data.put("representationsDueOn", representationsDueOn.toString());
        data.put("paymentDueOn", null);
        data.put("appealDueOn", null);
        data.put("amount", "6090000.00");
        data.put("documentSha256", "0".repeat(64));
        return envelope(eventId, "notice", noticeId, "uk.gov.casework.notice.issued.v1", "/casework/notice-service", data);
    }

    public static String noticeWithdrawn(UUID noticeId, String reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("reference", reference);
        data.put("noticeType", "NOTICE_OF_INTENT");
        data.put("caseId", UUID.randomUUID().toString());
        data.put("withdrawnAt", Instant.now().toString());
        return envelope(UUID.randomUUID(), "notice", noticeId, "uk.gov.casework.notice.withdrawn.v1",
                "/casework/notice-service", data);
    }

    public static String representationSubmitted(UUID noticeId, String organisationId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("representationId", UUID.randomUUID().toString());
        data.put("organisationId", organisationId);
        data.put("files", 1);
        data.put("submittedAt", Instant.now().toString());
        return envelope(UUID.randomUUID(), "representation-window", noticeId,
                "uk.gov.casework.representation.submitted.v1", "/casework/representation-service", data);
    }

    public static String extensionRequested(UUID noticeId, String organisationId, LocalDate until) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("extensionRequestId", UUID.randomUUID().toString());
        data.put("organisationId", organisationId);
        data.put("requestedUntil", until.toString());
        data.put("requestedAt", Instant.now().toString());
        return envelope(UUID.randomUUID(), "representation-window", noticeId,
                "uk.gov.casework.extension.requested.v1", "/casework/representation-service", data);
    }

    public static String extensionDecided(UUID noticeId, boolean granted, LocalDate until) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("extensionRequestId", UUID.randomUUID().toString());
        data.put("granted", granted);
        data.put("grantedUntil", until == null ? null : until.toString());
        data.put("decidedAt", Instant.now().toString());
        return envelope(UUID.randomUUID(), "representation-window", noticeId,
                "uk.gov.casework.extension.decided.v1", "/casework/representation-service", data);
    }

    public static String hearingDecided(UUID noticeId, boolean granted) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("hearingRequestId", UUID.randomUUID().toString());
        data.put("granted", granted);
        data.put("heldAt", null);
        return envelope(UUID.randomUUID(), "representation-window", noticeId, "uk.gov.casework.hearing.decided.v1",
                "/casework/representation-service", data);
    }

    /**
     * The event as the relay publishes one recorded in a traced request: the CloudEvent's {@code traceparent}
     * extension holds the W3C trace context of the change (platform's Outbox takes it from the current span).
     */
    public static String traced(String event, String traceparent) {
        try {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(event);
            node.put("traceparent", traceparent);
            return node.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String envelope(UUID eventId, String aggregate, UUID aggregateId, String type, String source,
            Map<String, Object> data) {
        try {
            return CloudEvents.structured(new OutboxRow(ROWS.incrementAndGet(), eventId, aggregate, aggregateId.toString(),
                    1, type, Instant.now(), JSON.writeValueAsString(data), null), source);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
