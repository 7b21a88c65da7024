package org.casework.representations.config;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns the consumer of notice-service's events off where no Kafka is configured ({@code kafka.bootstrap.servers},
 * env KAFKA_BOOTSTRAP_SERVERS, blank), as the outbox relay stays off there: the service then starts and serves as it
 * did before events (the end-to-end suite runs it so), and notice-service's call opens the windows. A consumer left
 * on would try a broker on localhost for ever. Where Kafka is configured this adds nothing and the channel is on. An
 * explicit {@code MP_MESSAGING_INCOMING_NOTICES_ENABLED} in the environment (or a test profile's setting) wins over
 * this source either way (see {@link #ORDINAL}).
 * <p>
 * Only the running application is switched, never the build (where no broker is ever configured): the build wires the
 * channel to its connector as notification-service's is, and the switch acts at start, as an environment variable
 * turning a channel off does.
 */
public class EventConsumerSwitch implements ConfigSourceFactory {

    public static final String CHANNEL_ENABLED = "mp.messaging.incoming.notices.enabled";

    /** Above application.properties (250), below the environment (300) and system properties (400). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        ConfigValue servers = context.getValue("kafka.bootstrap.servers");
        boolean configured = servers != null && servers.getValue() != null && !servers.getValue().isBlank();
        if (configured) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(CHANNEL_ENABLED, "false"), "no Kafka: event consumer off",
                ORDINAL));
    }
}
