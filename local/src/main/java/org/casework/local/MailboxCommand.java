package org.casework.local;

import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * {@code local/mailbox [address...]}: prints the messages in the local run's mail server over IMAP (date, to,
 * subject, the plain-text body), for the given addresses or else every demo contact and the team mailbox.
 * Exit status 3 when the mail server is not running.
 */
public final class MailboxCommand {

    static final String TEAM_MAILBOX = "enforcement-team@ico.example";

    private MailboxCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> addresses = args.length > 0 ? List.of(args)
                : java.util.stream.Stream.concat(DemoContacts.addresses().stream(), java.util.stream.Stream.of(TEAM_MAILBOX))
                        .toList();
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "3000");
        Session session = Session.getInstance(props);
        int total = 0;
        for (String address : addresses) {
            Store store = session.getStore("imap");
            try {
                store.connect("127.0.0.1", MailServer.IMAP_PORT, address, address);
            } catch (MessagingException e) {
                System.err.println("The local mail server is not answering on 127.0.0.1:" + MailServer.IMAP_PORT
                        + " (start ./local/run).");
                System.exit(3);
            }
            try (store) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] messages = inbox.getMessages();
                System.out.printf("== %s: %d message(s)%n", address, messages.length);
                for (Message m : messages) {
                    System.out.printf("%n-- %s%nTo: %s%nSubject: %s%n%n%s%n", m.getSentDate(), address, m.getSubject(),
                            text(m).strip());
                    total++;
                }
                System.out.println();
                inbox.close(false);
            }
        }
        System.out.println(total + " message(s) in all.");
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart p = multipart.getBodyPart(i);
                String t = text(p);
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }
}
