package org.casework.notifications.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casework.notifications.Contacts;
import org.casework.notifications.Events;
import org.casework.notifications.LogLines;
import org.casework.notifications.RecordedSpans;
import org.casework.notifications.service.MailDispatcher;
import org.casework.platform.events.CloudEvents;
import org.casework.testing.KafkaBroker;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A notice given in a traced request stays in that request's trace here: the event's handling is a consumer span whose
 * parent is the producer's span (the traceparent the CloudEvent carries), the message it queues records the trace, and
 * sending that mail later is a span of the same trace; every log line of the work names the trace id (in the text, as
 * the request lines do, and in the MDC, as the production JSON logs write it).
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class EventTraceTest {

    private static final String ORGANISATION = "org-traced";

    @Inject
    MailDispatcher dispatcher;

    @Inject
    RecordedSpans spans;

    private static void publish(UUID key, String event, String headerTraceparent) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>("casework.notices.v1", key.toString(), event);
            record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (headerTraceparent != null) {
                record.headers().add("traceparent", headerTraceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String noticeGiven(UUID eventId, UUID notice, String reference) {
        return Events.noticeOfIntentGiven(eventId, notice, reference, ORGANISATION, LocalDate.of(2024, 8, 7),
                LocalDate.of(2024, 8, 27));
    }

    private static String randomHex(int digits) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, digits);
    }

    /** This service's span of handling the event (the Kafka connector may add spans of its own to the trace). */
    private static SpanData handling(List<SpanData> spans, UUID eventId) {
        List<SpanData> of = spans.stream().filter(s -> eventId.toString().equals(s.getAttributes()
                .get(AttributeKey.stringKey("cloudevents.event_id")))).toList();
        assertThat(of.toString(), of, hasSize(1));
        assertThat(of.get(0).getKind(), equalTo(SpanKind.CONSUMER));
        return of.get(0);
    }

    @Test
    void aNoticeGivenInATracedRequestIsHandledAndEmailedInThatRequestsTrace() throws Exception {
        Contacts.register(ORGANISATION, Contacts.one("Grace Hopper", "grace@traced.example", "Data protection officer", true));
        String trace = randomHex(32);
        String producerSpan = randomHex(16);
        UUID notice = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        try (LogLines lines = LogLines.of("org.casework.notifications")) {
            publish(notice, Events.traced(noticeGiven(event, notice, "NOI-2024-000701"),
                    "00-" + trace + "-" + producerSpan + "-01"), null);
            await("the notice's message recorded",
                    () -> Sql.queryLong("select count(*) from notification where notice_id = ?", notice) == 1);
            dispatcher.dispatchDue();

            assertThat(Sql.queryString("select traceparent from notification where notice_id = ?", notice),
                    matchesPattern("00-" + trace + "-[0-9a-f]{16}-01"));
            given().auth().oauth2(Tokens.auditor()).queryParam("organisationId", ORGANISATION)
                    .get("/notifications").then().statusCode(200).body("items[0].traceId", equalTo(trace));

            await("both spans ended", () -> spans.ofTrace(trace).size() >= 2);
            List<SpanData> traced = spans.ofTrace(trace);
            SpanData handling = handling(traced, event);
            assertThat(handling.getName(), equalTo("casework.notices.v1 process"));
            assertThat(handling.getParentSpanId(), equalTo(producerSpan));
            List<SpanData> sending = traced.stream().filter(s -> s.getName().equals("mail send")).toList();
            assertThat(sending, hasSize(1));
            assertThat(sending.get(0).getKind(), equalTo(SpanKind.CLIENT));
            assertThat(sending.get(0).getParentSpanId(), equalTo(handling.getSpanId()));
            // ids and kinds only: no address, subject or body in a span
            assertThat(traced.toString(), not(containsString("grace@traced.example")));
            assertThat(traced.toString(), not(containsString("NOI-2024-000701")));

            List<LogLines.Line> queued = lines.containing("queued trace=" + trace);
            List<LogLines.Line> sent = lines.containing("sent (attempt 1) trace=" + trace);
            assertThat(queued, hasSize(1));
            assertThat(sent, hasSize(1));
            assertThat(List.of(queued.get(0).mdcTraceId(), sent.get(0).mdcTraceId()), everyItem(equalTo(trace)));
        }
    }

    @Test
    void aRecordWhoseEventCarriesNoTraceparentFollowsATraceparentHeaderOrElseStartsATraceOfItsOwn() throws Exception {
        String trace = randomHex(32);
        String producerSpan = randomHex(16);
        UUID headed = UUID.randomUUID();
        UUID headedEvent = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        UUID plainEvent = UUID.randomUUID();

        try (LogLines lines = LogLines.of("org.casework.notifications")) {
            publish(headed, noticeGiven(headedEvent, headed, "NOI-2024-000702"), "00-" + trace + "-" + producerSpan + "-01");
            publish(plain, noticeGiven(plainEvent, plain, "NOI-2024-000703"), null);
            await("both events handled", () -> lines.containing("event " + headedEvent).size()
                    + lines.containing("event " + plainEvent).size() == 2);

            await("the handling span ended", () -> !spans.ofTrace(trace).isEmpty());
            assertThat(handling(spans.ofTrace(trace), headedEvent).getParentSpanId(), equalTo(producerSpan));
            assertThat(lines.containing("event " + headedEvent).get(0).text(), matchesPattern(".*queued trace=" + trace));
            LogLines.Line own = lines.containing("event " + plainEvent).get(0);
            assertThat(own.text(), matchesPattern(".*queued trace=[0-9a-f]{32}"));
            assertThat(own.text(), not(containsString(trace)));
            assertThat(own.text(), not(containsString("trace=-")));
        }
    }
}
