package org.casework.notifications.messaging;

import java.util.List;
import java.util.Map;

import org.casework.testing.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The service reading its topics from a real Kafka (test-support's in-JVM KRaft broker). */
public class KafkaProfile implements QuarkusTestProfile {

    /** Starts the broker and points the consumer at it. */
    public static class Broker implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers());
        }

        @Override
        public void stop() {
            // the shared broker lives as long as the test JVM
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.messaging.incoming.notices.enabled", "true",
                "mp.messaging.incoming.representations.enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Broker.class));
    }
}
