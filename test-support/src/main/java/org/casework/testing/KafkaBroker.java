package org.casework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.casework.kafka.KafkaNode;

/**
 * A real Kafka 4 inside the test JVM ({@link KafkaNode}), its log in a fresh temporary directory.
 * {@link #shared()} is started once per JVM and reused by a module's tests; {@link #start(int)} starts one on a
 * chosen port (a test that needs a broker to come back where the services expect it).
 */
public final class KafkaBroker implements AutoCloseable {

    private static KafkaBroker shared;

    private final KafkaNode node;
    private final Path directory;

    private KafkaBroker(KafkaNode node, Path directory) {
        this.node = node;
        this.directory = directory;
    }

    /** The broker of this JVM's tests, started on first use and stopped when the JVM exits. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = start(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new broker on this port (3 partitions per topic, created on first use), ready when this returns. */
    public static KafkaBroker start(int port) {
        try {
            Path directory = Files.createTempDirectory("casework-kafka-");
            // one partition for consumer offsets instead of fifty: the tests' groups are ready sooner
            KafkaNode node = KafkaNode.start(directory, port, freePort(), Map.of("offsets.topic.num.partitions", "1"),
                    Duration.ofSeconds(60));
            return new KafkaBroker(node, directory);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    /** {@code host:port}, the value of {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return node.bootstrapServers();
    }

    public int port() {
        return node.port();
    }

    /** A port free now on the loopback (for a broker started later, or for one that is never started). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        node.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: left for the system to clean
        }
    }
}
