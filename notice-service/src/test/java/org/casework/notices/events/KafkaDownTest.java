package org.casework.notices.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.platform.events.OutboxBacklog;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.EventContract;
import org.casework.testing.KafkaBroker;
import org.casework.testing.OutboxRows;
import org.casework.testing.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service configured with a Kafka that is down: requests succeed as fast as ever, their events wait in the outbox
 * (the backlog says so), and once a broker listens at that address the relay publishes them.
 */
@QuarkusTest
@TestProfile(KafkaDownTest.BrokerNotYetThere.class)
class KafkaDownTest {

    /** The address the service is given; nothing listens there until the test starts a broker on it. */
    static final int PORT = KafkaBroker.freePort();

    public static class BrokerNotYetThere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a request held by the broker would take at least this long
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + PORT, "casework.events.kafka.timeout", "5s");
        }
    }

    @Inject
    OutboxBacklog backlog;

    @Test
    void requestsSucceedWhileKafkaIsDownAndTheirEventsArePublishedWhenItReturns() throws Exception {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId)); // warms the application up
        Instant start = Instant.now();
        UUID noticeId = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        assertThat(Duration.between(start, Instant.now()), lessThan(Duration.ofSeconds(3)));

        Thread.sleep(1000); // many relay ticks
        List<OutboxRow> waiting = OutboxRows.of(NoticeEvents.AGGREGATE, noticeId.toString());
        assertThat(waiting, hasSize(1));
        assertThat(OutboxRows.unpublished().stream().anyMatch(r -> r.eventId().equals(waiting.get(0).eventId())),
                is(true));
        assertThat(backlog.unpublished() >= 2, is(true));
        assertThat(backlog.oldestUnpublishedAge().compareTo(Duration.ofMillis(500)) > 0, is(true));

        try (KafkaBroker broker = KafkaBroker.start(PORT)) {
            Instant deadline = Instant.now().plusSeconds(60);
            while (!OutboxRows.unpublished().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(OutboxRows.unpublished(), empty());
            assertThat(backlog.unpublished(), equalTo(0L));

            String id = waiting.get(0).eventId().toString();
            List<ConsumerRecord<String, String>> records = TopicReader.read(broker.bootstrapServers(),
                    "casework.notices.v1", r -> r.stream().anyMatch(x -> x.value().contains(id)), Duration.ofSeconds(30));
            ConsumerRecord<String, String> published = records.stream().filter(x -> x.value().contains(id))
                    .findFirst().orElseThrow();
            assertThat(published.key(), equalTo(noticeId.toString()));
            assertThat(new String(published.headers().lastHeader("content-type").value()),
                    equalTo("application/cloudevents+json"));
            var event = new ObjectMapper().readTree(published.value());
            assertThat(event.path("type").asText(), equalTo(NoticeEvents.DRAFTED));
            assertThat(event.path("source").asText(), equalTo("/casework/notice-service"));
            assertThat(EventContract.of("notice-service").violations(published.value()), empty());
        }
    }
}
