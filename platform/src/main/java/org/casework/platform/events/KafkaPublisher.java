package org.casework.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to one topic as CloudEvents, keyed by aggregate id (so one aggregate's events share a
 * partition, and Kafka keeps their order). The producer is idempotent with {@code acks=all}: a retry inside the
 * client writes no duplicate, and records of one partition are written in the order sent. Each call waits at most
 * about {@code timeout} per stage; a failure drops the producer, so the next call starts afresh (a new idempotent
 * session) and re-sends, in order, every row not acknowledged. The connection's own settings (security protocol, SASL,
 * truststore: {@code clientSettings}) come first; the settings that make those guarantees are this class's and win.
 */
public final class KafkaPublisher implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaPublisher.class);

    private final Properties config;
    private final String topic;
    private final String source;
    private final Duration timeout;
    private KafkaProducer<String, String> producer;
    /** Whether the last call failed: the first failure and the recovery are logged, not every retry between. */
    private boolean failing;

    public KafkaPublisher(String bootstrapServers, String topic, String source, Duration timeout) {
        this(bootstrapServers, Map.of(), topic, source, timeout);
    }

    /**
     * @param clientSettings further Kafka client settings, e.g. {@code security.protocol=SASL_SSL},
     *        {@code sasl.mechanism=SCRAM-SHA-512}, {@code sasl.jaas.config}, {@code ssl.truststore.type=PEM} and
     *        {@code ssl.truststore.certificates} for a broker that asks who connects (docs/deploy.md, "Kafka")
     */
    public KafkaPublisher(String bootstrapServers, Map<String, String> clientSettings, String topic, String source,
            Duration timeout) {
        this.topic = topic;
        this.source = source;
        this.timeout = timeout;
        int millis = (int) timeout.toMillis();
        config = new Properties();
        config.putAll(clientSettings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, source.replace('/', '.').replaceFirst("^\\.", "") + ".outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a broker that is down must not hold the relay for long: metadata waits and deliveries are bounded
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * millis + 5);
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    /** The producer's settings (a copy). */
    Properties producerConfig() {
        Properties copy = new Properties();
        copy.putAll(config);
        return copy;
    }

    @Override
    public Set<Long> publish(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        try {
            if (producer == null) {
                producer = new KafkaProducer<>(config);
            }
            for (OutboxRow row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, row.aggregateId(),
                        CloudEvents.structured(row, source));
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            producer.flush();
        } catch (KafkaException | IllegalStateException e) {
            // the client refused the record outright; what was handed over is waited for below
            LOG.debugf("sending to %s failed: %s", topic, e.getMessage());
        }
        Set<Long> acknowledged = new HashSet<>();
        boolean failed = sent.size() < rows.size();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                failed = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
                break;
            }
        }
        if (failed) {
            if (!failing) {
                LOG.warnf("publishing events to %s failed (the broker is unreachable or refused them); they wait in "
                        + "the outbox and are sent again", topic);
            }
            close();
        } else if (failing) {
            LOG.infof("publishing events to %s works again", topic);
        }
        failing = failed;
        return acknowledged;
    }

    @Override
    public void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (KafkaException e) {
                // closing an unusable producer: nothing more to do
            }
            producer = null;
        }
    }
}
