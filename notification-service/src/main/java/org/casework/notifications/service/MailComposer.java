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
import org.casework.notifications.repository.EventRepository.KnownNotice;
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
        KnownNotice n = d.notice();
        var mail = new MailTemplates.ReminderMail(NoticeTypes.name(n.noticeType()), n.reference(), deadline.action(),
                date(deadline.dueOn()), daysLeft, portalLink(n.noticeId()));
        String subject = "Reminder: " + deadline.action() + " by " + date(deadline.dueOn()) + " (" + n.reference() + ")";
        return new Message(UUID.randomUUID(), key, recipient, n.organisationId(), n.noticeId(), "deadline-reminder",
                subject, MailTemplates.reminderText(mail).render(), MailTemplates.reminderHtml(mail).render());
    }

    /** To the regulator's staff: the organisation sent something; what it said is read in Casework, not in email. */
    public Message requestReceived(String eventId, String type, EventData.Request r, KnownNotice notice, String recipient) {
        String reference = notice != null ? notice.reference() : r.noticeId().toString();
        String what;
        String heading;
        switch (type) {
            case EventTypes.REPRESENTATION_SUBMITTED -> {
                what = "representations";
                heading = "Representations";
            }
            case EventTypes.EXTENSION_REQUESTED -> {
                what = "a request for more time";
                heading = "Request for more time";
            }
            default -> {
                what = "a request for an oral hearing";
                heading = "Request for an oral hearing";
            }
        }
        var mail = new MailTemplates.RequestMail(what, r.organisationId(), reference,
                config.caseworkerUrl() + "/notices/" + r.noticeId());
        String subject = heading + " received: " + reference;
        return new Message(UUID.randomUUID(), eventId, recipient, r.organisationId(), r.noticeId(), "request-received",
                subject, MailTemplates.requestReceivedText(mail).render(), MailTemplates.requestReceivedHtml(mail).render());
    }

    /** To the organisation: its request was decided (never the reasons, which it reads in the portal). */
    public Message requestDecided(String eventId, String what, boolean granted, LocalDate until, KnownNotice notice,
            String recipient) {
        var mail = new MailTemplates.DecisionMail(what, notice.reference(), granted, until == null ? null : date(until),
                portalLink(notice.noticeId()));
        String subject = "Your " + what + " about " + notice.reference() + " has been " + (granted ? "granted" : "refused");
        return new Message(UUID.randomUUID(), eventId, recipient, notice.organisationId(), notice.noticeId(),
                "request-decided", subject, MailTemplates.requestDecidedText(mail).render(),
                MailTemplates.requestDecidedHtml(mail).render());
    }

    private String portalLink(UUID noticeId) {
        return config.portalUrl() + "/notices/" + noticeId;
    }

    static String date(LocalDate date) {
        return date == null ? "not recorded" : GOV_UK_DATE.format(date);
    }
}
