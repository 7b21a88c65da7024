package org.casework.notifications.service;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The emails, each as plain text and HTML (templates/mail/*), checked against their data at build time.
 * They say only what a notice's cover letter would: reference, type, dates and a link; never the reasons,
 * the evidence, or anything about the people whose data was involved.
 */
@CheckedTemplate(basePath = "mail")
public final class MailTemplates {

    private MailTemplates() {
    }

    /** A deadline line: "You must {action} by {date}." */
    public record DeadlineLine(String action, String date) {
    }

    public record NoticeMail(String typeName, String reference, String givenOn, boolean byEmail,
            List<DeadlineLine> deadlines, String link) {
    }

    public record ReminderMail(String typeName, String reference, String action, String dueOn, long daysLeft,
            String link) {
    }

    public record RequestMail(String what, String organisationId, String noticeReference, String link) {
    }

    public record DecisionMail(String what, String reference, boolean granted, String until, String link) {
    }

    public static native TemplateInstance noticeGivenText(NoticeMail mail);

    public static native TemplateInstance noticeGivenHtml(NoticeMail mail);

    public static native TemplateInstance reminderText(ReminderMail mail);

    public static native TemplateInstance reminderHtml(ReminderMail mail);

    public static native TemplateInstance requestReceivedText(RequestMail mail);

    public static native TemplateInstance requestReceivedHtml(RequestMail mail);

    public static native TemplateInstance requestDecidedText(DecisionMail mail);

    public static native TemplateInstance requestDecidedHtml(DecisionMail mail);
}
