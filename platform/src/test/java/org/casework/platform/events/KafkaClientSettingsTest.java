package org.casework.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** How the relay's producer connects: the {@code kafka.*} settings, as on Kubernetes (SASL_SSL, SCRAM-SHA-512). */
class KafkaClientSettingsTest {

    private static org.eclipse.microprofile.config.Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void theKafkaSettingsWithAValueAreTheClientsSettingsWithoutThePrefixOrTheBootstrapServers() {
        Map<String, String> settings = OutboxRelayService.clientSettings(config(Map.of(
                "kafka.bootstrap.servers", "casework-kafka-kafka-bootstrap:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "kafka.ssl.truststore.type", "PEM",
                "kafka.ssl.truststore.certificates", "",
                "casework.events.topic", "casework.notices.v1")));

        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "ssl.truststore.type", "PEM"), settings);
    }

    @Test
    void theConnectionSettingsReachTheProducerButItsDeliveryGuaranteesStayItsOwn() {
        Properties producer = new KafkaPublisher("broker:9093", Map.of("security.protocol", "SASL_SSL", "sasl.mechanism",
                "SCRAM-SHA-512", "acks", "0", "enable.idempotence", "false"), "casework.notices.v1", "/casework/notice-service",
                Duration.ofSeconds(1)).producerConfig();

        assertEquals("SASL_SSL", producer.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", producer.get("sasl.mechanism"));
        assertEquals("broker:9093", producer.get("bootstrap.servers"));
        assertEquals("all", producer.get("acks"));
        assertEquals(true, producer.get("enable.idempotence"));
    }

    @Test
    void withoutSettingsTheProducerConnectsInPlaintextAsBefore() {
        Properties producer = new KafkaPublisher("127.0.0.1:9092", "casework.cases.v1", "/casework/case-service",
                Duration.ofSeconds(1)).producerConfig();

        assertEquals(null, producer.get("security.protocol"));
        assertEquals("all", producer.get("acks"));
    }
}
