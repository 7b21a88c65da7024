package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** local/mailbox reads over IMAP what the local run's mail server took in over SMTP. */
class MailboxCommandTest {

    @Test
    void aMessageSentToTheLocalMailServerIsPrintedByTheMailboxCommand() throws Exception {
        try (MailServer server = MailServer.start()) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(MailServer.SMTP_PORT));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("no-reply@casework.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("betty@nhs-supplier.example"));
            message.setSubject("You have been given a notice of intent: NOI-2024-000001");
            message.setText("You must make representations by 27 August 2024.");
            Transport.send(message);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                MailboxCommand.main(new String[] { "betty@nhs-supplier.example", "edgar@retailer.example" });
            } finally {
                System.setOut(original);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("== betty@nhs-supplier.example: 1 message(s)")
                    .contains("Subject: You have been given a notice of intent: NOI-2024-000001")
                    .contains("You must make representations by 27 August 2024.")
                    .contains("== edgar@retailer.example: 0 message(s)")
                    .contains("1 message(s) in all.");
        }
    }
}
