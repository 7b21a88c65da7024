package org.casework.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.casework.kafka.KafkaNode;

/**
 * The local run's Kafka 4 ({@link KafkaNode}: one KRaft node in the suite's own JVM, on the loopback). Its log lives
 * in {@code local/.data/kafka}, formatted on the first run, so published events survive a restart like the databases
 * do. The services publish their domain events to it (docs/architecture.md, "Events"); they also start and serve
 * without it.
 */
public final class LocalKafka implements AutoCloseable {

    private final KafkaNode node;

    private LocalKafka(KafkaNode node) {
        this.node = node;
    }

    /** Clients on {@code port}, the controller on the port after it. */
    public static LocalKafka start(Path dataDirectory, int port) throws Exception {
        return new LocalKafka(KafkaNode.start(dataDirectory, port, port + 1, Map.of(), Duration.ofSeconds(120)));
    }

    /** {@code host:port}: the services' {@code KAFKA_BOOTSTRAP_SERVERS}. */
    public String bootstrapServers() {
        return node.bootstrapServers();
    }

    /** The services' environment for it. */
    public Map<String, String> environment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
    }

    @Override
    public void close() {
        node.close();
    }
}
