package org.casework.notifications.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casework.notifications.Contacts;
import org.casework.notifications.Events;
import org.casework.notifications.MailServer;
import org.casework.notifications.Mailbox;
import org.casework.notifications.service.MailDispatcher;
import org.casework.testing.KafkaBroker;
import org.casework.testing.Sql;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The reference case's notice of intent, issued on 7 Aug 2024 with 21 days for representations (last day 27 Aug
 * 2024), published on casework.notices.v1 as notice-service's relay publishes it, reaches the organisation's
 * statutory contact in the SMTP server's mailbox, with the right dates, once, even when the record comes twice.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class NoticeByEmailTest {

    private static final String ORGANISATION = "org-nhs-supplier";

    @Inject
    MailDispatcher dispatcher;

    private static void publish(String topic, UUID key, String event) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(), event);
            // the header the relay sends (KafkaPublisher): the connector must still hand over the record's text
            record.headers().add("content-type", org.casework.platform.events.CloudEvents.CONTENT_TYPE
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static long notifications(UUID notice) {
        return Sql.queryLong("select count(*) from notification where notice_id = ?", notice);
    }

    @Test
    void theReferenceNoticeOfIntentIssuedReachesTheStatutoryContactByEmailWithItsDatesOnce() throws Exception {
        Contacts.register(ORGANISATION,
                Contacts.one("Betty Holberton", "betty@nhs-supplier.example", "Data protection officer", true),
                Contacts.one("Press Office", "press@nhs-supplier.example", "Communications", false));
        UUID notice = UUID.randomUUID();
        String event = Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000001", ORGANISATION,
                LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27));

        publish("casework.notices.v1", notice, event);
        await("the notice's message recorded", () -> notifications(notice) == 1);
        dispatcher.dispatchDue();

        List<MimeMessage> betty = MailServer.receivedBy("betty@nhs-supplier.example").stream()
                .filter(m -> Mailbox.subject(m).contains("NOI-2024-000001")).toList();
        assertThat(betty.size(), equalTo(1));
        MimeMessage mail = betty.get(0);
        assertThat(Mailbox.subject(mail), equalTo("You have been given a notice of intent: NOI-2024-000001"));
        String text = Mailbox.text(mail);
        assertThat(text, containsString("Reference: NOI-2024-000001"));
        assertThat(text, containsString("Date given: 7 August 2024"));
        assertThat(text, containsString("You must make representations by 27 August 2024."));
        assertThat(text, containsString("http://127.0.0.1:8090/notices/" + notice));
        String html = Mailbox.html(mail);
        assertThat(html, containsString("Date given: <strong>7 August 2024</strong>"));
        assertThat(html, containsString("<li>You must make representations by 27 August 2024.</li>"));
        assertThat(html, containsString("href=\"http://127.0.0.1:8090/notices/" + notice + "\""));
        assertThat(text, not(containsString("6090000")));
        assertThat(MailServer.receivedBy("press@nhs-supplier.example").stream()
                .filter(m -> Mailbox.subject(m).contains("NOI-2024-000001")).count(), equalTo(0L));

        // the relay publishes at least once: the same event again, then another after it on the same key, so that
        // once the second is read the first has been read too
        publish("casework.notices.v1", notice, event);
        publish("casework.notices.v1", notice, Events.noticeWithdrawn(notice, "NOI-2024-000001"));
        await("the withdrawal read", () -> Sql.queryLong("select count(*) from deadline where notice_id = ?", notice) == 0);
        dispatcher.dispatchDue();
        assertThat(notifications(notice), equalTo(1L));
        assertThat(MailServer.receivedBy("betty@nhs-supplier.example").stream()
                .filter(m -> Mailbox.subject(m).contains("NOI-2024-000001")).count(), equalTo(1L));
        assertThat(Sql.queryString("select status from notification where notice_id = ?", notice), equalTo("SENT"));
    }
}
