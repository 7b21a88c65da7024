package org.casework.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads what a message in the test mail server says. */
public final class Mailbox {

    private Mailbox() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message (the mailer sends text and HTML as alternatives). */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return message.isMimeType(type) ? s : "";
            }
            return find((Multipart) content, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                String found = find(inner, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
