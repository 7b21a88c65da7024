package org.casework.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * The local run's Kafka 4: one node that is broker and KRaft controller (no ZooKeeper), inside the suite's own JVM,
 * on the loopback. Its log lives in {@code local/.data/kafka}, formatted on the first run, so published events
 * survive a restart like the databases do. The services publish their domain events to it (docs/architecture.md,
 * "Events"); they also start and serve without it.
 */
public final class LocalKafka implements AutoCloseable {

    private final int port;
    private final KafkaRaftServer server;

    private LocalKafka(int port, KafkaRaftServer server) {
        this.port = port;
        this.server = server;
    }

    public static LocalKafka start(Path dataDirectory, int port) throws Exception {
        Files.createDirectories(dataDirectory);
        int controllerPort = port + 1;
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dataDirectory.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDirectory.toString())).setMetadataLogDirectory(dataDirectory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction()).run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        LocalKafka kafka = new LocalKafka(port, server);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.describeCluster().nodes().get(120, TimeUnit.SECONDS);
        }
        return kafka;
    }

    /** {@code host:port}: the services' {@code KAFKA_BOOTSTRAP_SERVERS}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The services' environment for it. */
    public Map<String, String> environment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
