package org.casework.notifications.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notifications.config.NotificationConfig;
import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.GivenNotice;
import org.casework.notifications.domain.Message;
import org.casework.notifications.domain.NoticeTypes;
import org.casework.notifications.messaging.EventData;
import org.casework.notifications.messaging.EventTypes;
import org.casework.notifications.repository.EventRepository.StoredDeadline;

/** Renders each kind of email (subject, text and HTML) for one recipient, in the GOV.UK style of dates. */
@ApplicationScoped
public class MailComposer {

    /** GOV.UK style: "7 August 2024". */
    static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NotificationConfig config;

    public MailComposer(NotificationConfig config) {
        this.config = config;
    }

    public Message noticeGiven(String eventId, GivenNotice notice, String recipient) {
        var mail = new MailTemplates.NoticeMail(NoticeTypes.name(notice.type()), notice.reference(),
                date(notice.givenOn()), notice.givenByEmail(),
                notice.deadlines().stream().map(d -> new MailTemplates.DeadlineLine(d.action(), date(d.dueOn()))).toList(),
                portalLink(notice.noticeId()));
        String subject = "You have been given a " + NoticeTypes.name(notice.type()) + ": " + notice.reference();
        return new Message(UUID.randomUUID(), eventId, recipient, notice.organisationId(), notice.noticeId(),
                "notice-given", subject, MailTemplates.noticeGivenText(mail).render(),
                MailTemplates.noticeGivenHtml(mail).render());
    }

    public Message reminder(String key, StoredDeadline d, long daysLeft, String recipient) {
        Deadline deadline = d.deadline();
        var mail = new MailTemplates.ReminderMail(NoticeTypes.name(d.noticeType()), d.reference(), deadline.action(),
                date(deadline.dueOn()), daysLeft, portalLink(d.noticeId()));
        String subject = "Reminder: " + deadline.action() + " by " + date(deadline.dueOn()) + " (" + d.reference() + ")";
        return new Message(UUID.randomUUID(), key, recipient, d.organisationId(), d.noticeId(), "deadline-reminder",
                subject, MailTemplates.reminderText(mail).render(), MailTemplates.reminderHtml(mail).render());
    }

    public Message requestReceived(String eventId, String type, EventData.Request r, String recipient) {
        String reference = r.noticeReference() != null ? r.noticeReference() : r.noticeId().toString();
        var mail = new MailTemplates.RequestMail(what(type), r.organisationId(), reference,
                config.caseworkerUrl() + "/notices/" + r.noticeId());
        String subject = capitalised(what(type)) + " received: " + reference;
        return new Message(UUID.randomUUID(), eventId, recipient, r.organisationId(), r.noticeId(), "request-received",
                subject, MailTemplates.requestReceivedText(mail).render(), MailTemplates.requestReceivedHtml(mail).render());
    }

    public Message requestDecided(String eventId, String type, EventData.Request r, String recipient) {
        boolean granted = Boolean.TRUE.equals(r.granted());
        var mail = new MailTemplates.DecisionMail(what(type), granted, r.until() == null ? null : date(r.until()),
                portalLink(r.noticeId()));
        String subject = "Your " + what(type) + " has been " + (granted ? "granted" : "refused");
        return new Message(UUID.randomUUID(), eventId, recipient, r.organisationId(), r.noticeId(), "request-decided",
                subject, MailTemplates.requestDecidedText(mail).render(), MailTemplates.requestDecidedHtml(mail).render());
    }

    private String portalLink(UUID noticeId) {
        return config.portalUrl() + "/notices/" + noticeId;
    }

    static String date(LocalDate date) {
        return date == null ? "not recorded" : GOV_UK_DATE.format(date);
    }

    private static String what(String type) {
        return switch (type) {
            case EventTypes.REPRESENTATION_SUBMITTED -> "representations";
            case EventTypes.EXTENSION_REQUESTED, EventTypes.EXTENSION_DECIDED -> "request for more time";
            case EventTypes.HEARING_REQUESTED, EventTypes.HEARING_DECIDED -> "request for an oral hearing";
            default -> "request";
        };
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
