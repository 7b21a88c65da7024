package org.casework.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Kafka 4 as one node that is both broker and KRaft controller (no ZooKeeper), inside this JVM, listening on the
 * loopback only, with PLAINTEXT listeners: what the local run and the tests start (production runs Strimzi's brokers).
 * Its log directory is formatted when it holds none yet, so a directory kept between runs keeps its topics.
 * Topics are created on first use with 3 partitions, as the services' per-aggregate keys expect.
 */
public final class KafkaNode implements AutoCloseable {

    private final int port;
    private final KafkaRaftServer server;

    private KafkaNode(int port, KafkaRaftServer server) {
        this.port = port;
        this.server = server;
    }

    /**
     * Starts a node with its log in {@code directory}, clients on {@code port} and its controller on
     * {@code controllerPort}; {@code settings} add to or override the broker's settings. Ready when this returns.
     */
    public static KafkaNode start(Path directory, int port, int controllerPort, Map<String, String> settings,
            Duration readyWithin) throws Exception {
        Files.createDirectories(directory);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", directory.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // one node: every internal topic has one replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.putAll(settings);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        if (!Files.exists(directory.resolve("meta.properties"))) {
            new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(directory.toString())).setMetadataLogDirectory(directory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction()).run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        KafkaNode node = new KafkaNode(port, server);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServers()))) {
            admin.describeCluster().nodes().get(readyWithin.toSeconds(), TimeUnit.SECONDS);
        }
        return node;
    }

    /** {@code host:port}: the clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
