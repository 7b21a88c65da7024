package org.casework.platform.events;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.casework.platform.lease.StepLoop;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs this replica's {@link OutboxRelay} on a short schedule (sooner again after a full batch), on its own thread
 * ({@link StepLoop}, which outlives a step that throws)
 * and its own connection outside the pool, so publishing never holds a request. Every replica runs one; the advisory
 * lock lets only one lead. Without {@code kafka.bootstrap.servers} the service still starts and serves: events wait
 * in the outbox until a broker is configured.
 */
@ApplicationScoped
public class OutboxRelayService {

    /** The advisory lock key of the relay's leader lease ("outbox" in ASCII); each service has its own database. */
    public static final long LEASE_KEY = 0x6f7574626f78L;

    /** The relay's connection names itself with this and the process id ({@code pg_stat_activity.application_name}). */
    public static final String APPLICATION_NAME_PREFIX = "outbox-relay pid ";

    private static final String PREFIX = "kafka.";

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);

    private final OutboxRelay relay;
    private final boolean enabled;
    private final Duration interval;
    private StepLoop loop;

    public OutboxRelayService(Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers,
            @ConfigProperty(name = "casework.events.topic") String topic,
            @ConfigProperty(name = "casework.events.source") String source,
            @ConfigProperty(name = "casework.events.relay.enabled") boolean enabled,
            @ConfigProperty(name = "casework.events.relay.interval") Duration interval,
            @ConfigProperty(name = "casework.events.relay.batch-size") int batchSize,
            @ConfigProperty(name = "casework.events.kafka.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.enabled = enabled && bootstrapServers.filter(s -> !s.isBlank()).isPresent();
        this.interval = interval;
        if (enabled && !this.enabled) {
            LOG.warn("no kafka.bootstrap.servers: domain events wait in the outbox until a broker is configured");
        }
        Properties connection = new Properties();
        connection.setProperty("user", user);
        connection.setProperty("password", password);
        connection.setProperty("ApplicationName", APPLICATION_NAME_PREFIX + ProcessHandle.current().pid());
        EventPublisher publisher = this.enabled
                ? new KafkaPublisher(bootstrapServers.get(), clientSettings(ConfigProvider.getConfig()), topic, source, timeout)
                : new Unconfigured();
        this.relay = new OutboxRelay(() -> DriverManager.getConnection(url, connection), LEASE_KEY, clock, batchSize,
                publisher);
    }

    /**
     * Every other {@code kafka.*} setting with a value, without the prefix: the connection's security (SASL_SSL with
     * SCRAM-SHA-512 and the cluster's CA on Kubernetes), as SmallRye's Kafka connector reads the same keys for a
     * consumer. A setting whose value is empty (an unset environment variable) is left to the client's default.
     */
    static Map<String, String> clientSettings(Config config) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && !name.equals(PREFIX + "bootstrap.servers")) {
                config.getOptionalValue(name, String.class).filter(v -> !v.isBlank())
                        .ifPresent(v -> settings.put(name.substring(PREFIX.length()), v));
            }
        }
        return settings;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        loop = StepLoop.start("outbox-relay", interval, () -> relay.wasFull(relay.tick()));
    }

    public boolean isLeader() {
        return relay.isLeader();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.close(Duration.ofSeconds(15));
        }
        relay.close();
    }

    /** No broker configured: the relay never runs, so this is never asked to publish. */
    private static final class Unconfigured implements EventPublisher {
        @Override
        public java.util.Set<Long> publish(java.util.List<OutboxRow> rows) {
            return java.util.Set.of();
        }

        @Override
        public void close() {
        }
    }
}
