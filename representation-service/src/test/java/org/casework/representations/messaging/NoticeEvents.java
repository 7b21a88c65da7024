package org.casework.representations.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.KafkaBroker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * notice-service's events as its outbox relay publishes them: the data as its NoticeEvents.Given records it, wrapped
 * by platform's own {@link CloudEvents#structured}, on casework.notices.v1 with the notice id as the record key.
 */
final class NoticeEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong ROWS = new AtomicLong();

    private NoticeEvents() {
    }

    /** The data of uk.gov.casework.notice.given.v1 for a notice handed over on {@code givenOn}. */
    static Map<String, Object> given(UUID noticeId, String type, UUID caseId, String organisationId, LocalDate givenOn,
            LocalDate representationsDueOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId.toString());
        data.put("reference", "NOI-2024-000001");
        data.put("noticeType", type);
        data.put("caseId", caseId.toString());
        data.put("organisationId", organisationId);
        data.put("givingMethod", "BY_HAND");
        data.put("givingProvision", "DPA 2018 s.141");
        data.put("sentAt", givenOn.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC).toString());
        data.put("givenOn", givenOn.toString());
        data.put("representationsDueOn", representationsDueOn == null ? null : representationsDueOn.toString());
        data.put("paymentDueOn", null);
        data.put("appealDueOn", null);
        data.put("requiredBy", null);
        return data;
    }

    static String event(UUID eventId, UUID noticeId, String type, Map<String, Object> data) {
        try {
            return CloudEvents.structured(new OutboxRow(ROWS.incrementAndGet(), eventId, "notice", noticeId.toString(),
                    1, type, Instant.now(), JSON.writeValueAsString(data), null), "/casework/notice-service");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String noticeOfIntentGiven(UUID eventId, UUID noticeId, UUID caseId, String organisationId,
            LocalDate representationsDueOn) {
        return event(eventId, noticeId, "uk.gov.casework.notice.given.v1", given(noticeId, "NOTICE_OF_INTENT", caseId,
                organisationId, LocalDate.of(2024, 8, 7), representationsDueOn));
    }

    /** Publishes {@code value} on casework.notices.v1 with this key, waiting for the broker's acknowledgement. */
    static void publish(UUID key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(KafkaProfile.TOPIC, key.toString(), value);
            // the header the relay sends (platform KafkaPublisher): the connector must still hand over the record's text
            record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
