package org.casework.notices.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casework.platform.events.KafkaPublisher;
import org.casework.platform.events.OutboxRelay;
import org.casework.testing.KafkaBroker;
import org.casework.testing.PostgresResource;
import org.casework.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's outbox relay against a real PostgreSQL and a real Kafka (both in the test JVM), without the
 * application: a database of its own with the outbox migration, rows written as {@code Outbox.record} writes them.
 * Publishing is at least once and in order per aggregate, across a restart of the relay and a broker that was down.
 */
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LEASE = 42;
    private static String url;

    private String topic;

    @BeforeAll
    static void database() throws SQLException, IOException {
        String name = "relay_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = PostgresResource.connect(); Statement s = admin.createStatement()) {
            s.execute("create database " + name + " owner " + PostgresResource.OWNER);
            url = admin.getMetaData().getURL().replaceAll("/[^/?]*(\\?.*)?$", "/" + name);
        }
        try (InputStream migration = OutboxRelayTest.class.getResourceAsStream("/db/platform/V20261210.20__outbox.sql");
                Connection c = owner(); Statement s = c.createStatement()) {
            s.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void freshTopic() {
        topic = "relay-test-" + UUID.randomUUID();
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url, PostgresResource.OWNER, PostgresResource.OWNER);
    }

    private OutboxRelay relay(String bootstrapServers) {
        return new OutboxRelay(OutboxRelayTest::owner, LEASE, Clock.systemUTC(), 4,
                new KafkaPublisher(bootstrapServers, topic, "/casework/test", Duration.ofSeconds(1)));
    }

    /** Writes an event as Outbox.record does: in its own transaction, numbered under the aggregate's lock. */
    private static void record(String aggregateId) throws SQLException {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(1702261875, hashtext(?))");
                    PreparedStatement insert = c.prepareStatement("insert into outbox_event (event_id, aggregate_type, "
                            + "aggregate_id, aggregate_seq, type, occurred_at, data) values (?, 'notice', ?, (select "
                            + "coalesce(max(aggregate_seq), 0) + 1 from outbox_event where aggregate_type = 'notice' and "
                            + "aggregate_id = ?), 'uk.gov.casework.notice.drafted.v1', now(), '{}'::jsonb)")) {
                lock.setString(1, "notice/" + aggregateId);
                lock.executeQuery().close();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, aggregateId);
                insert.setString(3, aggregateId);
                insert.executeUpdate();
            }
            c.commit();
        }
    }

    private static void recordRound(List<String> aggregates, int each) throws SQLException {
        for (int i = 0; i < each; i++) {
            for (String aggregate : aggregates) {
                record(aggregate);
            }
        }
    }

    private static long unpublished(List<String> aggregates) throws SQLException {
        try (Connection c = owner(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where published_at is null and aggregate_id = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", aggregates.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void drain(OutboxRelay relay, List<String> aggregates) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (unpublished(aggregates) > 0 && Instant.now().isBefore(deadline)) {
            relay.tick();
        }
        assertThat(unpublished(aggregates), equalTo(0L));
    }

    /** Each aggregate's sequence numbers as they stand in the topic, first delivery of each event only. */
    private Map<String, List<Long>> sequencesByAggregate(String bootstrap, int expected) throws IOException {
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, topic,
                r -> r.size() >= expected, Duration.ofSeconds(60));
        Map<String, List<Long>> byKey = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.path("partitionkey").asText(), equalTo(record.key()));
            if (seen.contains(event.path("id").asText())) {
                continue;
            }
            seen.add(event.path("id").asText());
            byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("sequence").asLong());
        }
        return byKey;
    }

    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void aRestartedRelayResumesWithoutLossOrReorderPerAggregate() throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        recordRound(aggregates, 5);
        OutboxRelay first = relay(broker.bootstrapServers());
        first.tick();
        first.tick();
        assertThat(unpublished(aggregates), equalTo(15L - 8));
        first.close();

        recordRound(aggregates, 5);
        OutboxRelay second = relay(broker.bootstrapServers());
        drain(second, aggregates);
        second.close();

        Map<String, List<Long>> byAggregate = sequencesByAggregate(broker.bootstrapServers(), 30);
        assertThat(byAggregate.keySet(), hasSize(3));
        for (String aggregate : aggregates) {
            assertThat(aggregate, byAggregate.get(aggregate), contains(oneTo(10).toArray()));
        }
    }

    @Test
    void onlyOneRelayLeadsUntilItLetsGo() throws Exception {
        String nowhere = "127.0.0.1:" + KafkaBroker.freePort();
        OutboxRelay a = relay(nowhere);
        OutboxRelay b = relay(nowhere);
        try {
            assertThat(a.tick().leader(), is(true));
            assertThat(b.tick().leader(), is(false));
            a.close();
            // the server ends the closed session (and frees the lock) a moment after the client lets go
            Instant deadline = Instant.now().plusSeconds(10);
            boolean leads = false;
            while (!leads && Instant.now().isBefore(deadline)) {
                leads = b.tick().leader();
            }
            assertThat(leads, is(true));
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void whileKafkaIsDownRowsWaitAndTheyArePublishedInOrderWhenItComesBack() throws Exception {
        int port = KafkaBroker.freePort();
        List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        recordRound(aggregates, 3);
        OutboxRelay relay = relay("127.0.0.1:" + port);
        OutboxRelay.Tick down = relay.tick();
        assertThat(down.leader(), is(true));
        assertThat(down.published(), equalTo(0));
        assertThat(unpublished(aggregates), equalTo(6L));

        recordRound(aggregates, 2);
        try (KafkaBroker back = KafkaBroker.start(port)) {
            drain(relay, aggregates);
            relay.close();
            Map<String, List<Long>> byAggregate = sequencesByAggregate(back.bootstrapServers(), 10);
            for (String aggregate : aggregates) {
                assertThat(aggregate, byAggregate.get(aggregate), contains(oneTo(5).toArray()));
            }
        }
    }
}
