package org.casework.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casework.kafka.KafkaNode;
import org.casework.local.ServiceProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The suite's event path, as {@code ./local/run} has it: Kafka 4 (one KRaft node in the test JVM, kafka-node's
 * {@link KafkaNode}, as local's {@code LocalKafka} starts it), a GreenMail SMTP server whose mail the tests read in
 * memory, and notification-service as it ships (its production build: the dates it writes come from the events;
 * its clock only times reminders, which these tests leave to its own tests). A test may kill notification-service
 * and start it again with other settings ({@link #restartNotifications(Map)}).
 */
final class EventParts implements AutoCloseable {

    /** How often notification-service sends what it queued here (5 s as shipped): a test waits for mail less. */
    static final String DISPATCH_EVERY = "1s";

    /** notification-service's consumer group and the topics it reads (its application.properties). */
    static final String GROUP = "notification-service";
    private static final List<String> NOTIFICATIONS_READ = List.of("casework.notices.v1", "casework.representations.v1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaNode kafka;
    private final GreenMail mail;
    private final int smtpPort;
    private final Path logs;
    private final List<ServiceProcess> started = new ArrayList<>();
    private Path jar;
    private Map<String, String> environment;
    private int restarts;
    /** notification-service; replaced when a test restarts it. */
    volatile ServiceProcess notifications;

    private EventParts(KafkaNode kafka, GreenMail mail, int smtpPort, Path logs) {
        this.kafka = kafka;
        this.mail = mail;
        this.smtpPort = smtpPort;
        this.logs = logs;
    }

    /** Kafka (its log in {@code kafkaDirectory}, clients and controller on the ports given) and the mail server. */
    static EventParts start(Path kafkaDirectory, int kafkaPort, int controllerPort, int smtpPort, Path logs) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        try {
            return new EventParts(KafkaNode.start(kafkaDirectory, kafkaPort, controllerPort, Map.of(), Duration.ofSeconds(120)),
                    mail, smtpPort, logs);
        } catch (Exception e) {
            mail.stop();
            throw e;
        }
    }

    /** What every service needs to publish its events here. */
    Map<String, String> serviceEnvironment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    }

    /**
     * What a service that reads events needs besides: a session of 10 s instead of Kafka's 45, since these tests kill
     * consumers with {@code kill -9} and a dead member keeps its partitions until its session ends.
     */
    Map<String, String> consumerEnvironment() {
        Map<String, String> env = new HashMap<>(serviceEnvironment());
        env.put("KAFKA_SESSION_TIMEOUT_MS", "10000");
        return Map.copyOf(env);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Starts notification-service from {@code jar} with its database's and Keycloak's settings in {@code base};
     * the mail server, Kafka and the web addresses its emails link to are added here. Not awaited.
     */
    synchronized void startNotifications(Path jar, Map<String, String> base, String portalUrl, String caseworkerUrl, int port)
            throws IOException {
        this.jar = jar;
        Map<String, String> env = new HashMap<>(base);
        env.putAll(consumerEnvironment());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtpPort));
        env.put("SMTP_START_TLS", "DISABLED");
        env.put("PORTAL_WEB_URL", portalUrl);
        env.put("CASEWORKER_WEB_URL", caseworkerUrl);
        env.put("CASEWORK_NOTIFICATIONS_DISPATCH_EVERY", DISPATCH_EVERY);
        environment = Map.copyOf(env);
        notifications = new ServiceProcess("notification-service", port, logs.resolve("notification-service.log"));
        started.add(notifications);
        notifications.start(jar, environment);
    }

    /** Ends notification-service at once, as {@code kill -9} does: whatever it had read or queued and not finished. */
    synchronized void killNotifications() throws InterruptedException {
        notifications.kill();
    }

    /**
     * Starts notification-service again on its port (stopping it first if it runs) with {@code overrides} on its
     * usual environment (none: as the suite started it); ready when this returns.
     */
    synchronized void restartNotifications(Map<String, String> overrides) throws Exception {
        notifications.close();
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(overrides);
        ServiceProcess restarted = new ServiceProcess("notification-service", notifications.port(),
                logs.resolve("notification-service-restart-" + (++restarts) + ".log"));
        started.add(restarted);
        restarted.start(jar, env);
        restarted.awaitReady(Duration.ofSeconds(120));
        notifications = restarted;
    }

    /**
     * Sets notification-service's consumer group back to the start of every topic it reads, as an operator replaying
     * the topics would: it must be stopped (its lost member is removed from the group first). Started again, it reads
     * every event of the suite a second time.
     */
    void rewindNotifications() throws Exception {
        try (Admin admin = admin()) {
            admin.removeMembersFromConsumerGroup(GROUP, new RemoveMembersFromConsumerGroupOptions()).all()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (TopicPartition p : admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .keySet()) {
                start.put(p, new OffsetAndMetadata(0));
            }
            // the group may still be settling after its members were removed: it takes new offsets once empty
            for (int attempt = 1;; attempt++) {
                try {
                    admin.alterConsumerGroupOffsets(GROUP, start).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (attempt == 50) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    /**
     * Whether notification-service's group has committed the end of every partition of the topics it reads (nothing
     * left to read). A partition the group has never committed counts as unread from its start: the group may not yet
     * have taken a record from it at all.
     */
    boolean notificationsCaughtUp() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var topic : admin.describeTopics(NOTIFICATIONS_READ).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(e -> {
                OffsetAndMetadata done = committed.get(e.getKey());
                return (done == null ? 0 : done.offset()) >= e.getValue().offset();
            });
        }
    }

    /** Every CloudEvent on {@code topic} so far whose subject is {@code subject} (e.g. {@code notice/<id>}), in order. */
    List<JsonNode> cloudEvents(String topic, String subject) throws IOException {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (subject.equals(event.path("subject").asText())) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    /** Every message the SMTP server has received so far, one per recipient, oldest first. */
    List<Mail> received() throws MessagingException, IOException {
        List<Mail> all = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                all.add(new Mail(to.toString(), m.getSubject(), text(m)));
            }
        }
        return all;
    }

    /** One email as its recipient reads it: the text part (the HTML part says the same). */
    record Mail(String to, String subject, String text) {
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        for (ServiceProcess p : started) {
            try {
                p.close();
            } catch (Exception e) {
                System.err.println("while stopping notification-service: " + e.getMessage());
            }
        }
        mail.stop();
        kafka.close();
    }
}
