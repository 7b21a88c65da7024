package org.casework.notifications;

import java.util.Map;

import org.casework.testing.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What a deployment must set for the packaged application (prod profile), which has no defaults for them: the
 * broker's address (here a port where nothing listens: the service starts and serves without Kafka) and the two web
 * addresses its messages link to. Only the prod profile's keys, so the tests' own settings stay as they are.
 */
public class DeploymentSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("%prod.kafka.bootstrap.servers", "127.0.0.1:" + KafkaBroker.freePort(),
                "%prod.casework.notifications.portal-url", "https://portal.casework.example",
                "%prod.casework.notifications.caseworker-url", "https://casework.example");
    }

    @Override
    public void stop() {
    }
}
