package org.casework.representations.messaging;

import java.util.Map;

import org.casework.testing.KafkaBroker;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service with a real Kafka (test-support's in-JVM KRaft broker), given only the broker's address, as a deployment
 * gives it KAFKA_BOOTSTRAP_SERVERS: the consumer of notice-service's events is then on by itself
 * (config.EventConsumerSwitch, which reads the address as the application starts), as the relay is.
 */
public class KafkaProfile implements QuarkusTestProfile {

    public static final String TOPIC = "casework.notices.v1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers());
    }
}
