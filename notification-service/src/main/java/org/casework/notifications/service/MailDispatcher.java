package org.casework.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notifications.config.NotificationConfig;
import org.casework.notifications.domain.Backoff;
import org.casework.notifications.repository.NotificationRepository;
import org.casework.notifications.tracing.TracedWork;
import org.casework.notifications.tracing.Tracing;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued messages over SMTP. Each batch is locked with SKIP LOCKED, so replicas share the work and
 * never send one message at once; a refusal or a mail server that does not answer is recorded on the message
 * (attempts, error) and tried again after the back-off, until it is given up as FAILED. Each attempt is a span in the
 * trace the message was queued in ({@link Tracing#sending}), and its log line carries that trace id.
 */
@ApplicationScoped
public class MailDispatcher {

    /** Header naming the message's record, so a copy in a mailbox can be matched to GET /notifications. */
    public static final String RECORD_HEADER = "X-Casework-Notification";
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 10;

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Clock clock;
    private final Tracing tracing;
    private final Backoff backoff;
    private final int batchSize;
    /** casework_notifications_sent_total and _failed_total, for the dashboard and the CaseworkMailFailing alert. */
    private final Counter sentCount;
    private final Counter failedCount;

    public MailDispatcher(NotificationRepository notifications, Mailer mailer, Clock clock, NotificationConfig config,
            MeterRegistry registry, Tracing tracing) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
        this.tracing = tracing;
        this.backoff = new Backoff(config.retry().first(), config.retry().longest(), config.retry().maxAttempts());
        this.batchSize = config.retry().batchSize();
        this.sentCount = Counter.builder("casework.notifications.sent")
                .description("Messages the mail server accepted").register(registry);
        this.failedCount = Counter.builder("casework.notifications.failed")
                .description("Attempts to send a message that failed (each is retried after its back-off until given up)")
                .register(registry);
    }

    @Scheduled(every = "${casework.notifications.dispatch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue();
    }

    /** Sends what is due now; answers how many were accepted by the mail server. */
    public int dispatchDue() {
        int sent = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::dispatchBatch);
            sent += batch[0];
            if (batch[1] < batchSize) {
                break;
            }
        }
        return sent;
    }

    /** One batch in one transaction: {sent, tried}. */
    private int[] dispatchBatch() {
        List<NotificationRepository.Due> due = notifications.lockDue(clock.instant(), batchSize);
        int sent = 0;
        for (NotificationRepository.Due d : due) {
            if (send(d)) {
                sent++;
            }
        }
        return new int[] { sent, due.size() };
    }

    /** One attempt at one message, recorded on it; answers whether the mail server accepted it. */
    private boolean send(NotificationRepository.Due d) {
        int attempts = d.attempts() + 1;
        var m = d.message();
        try (TracedWork work = tracing.sending(m.id(), m.template(), attempts, d.traceparent())) {
            try {
                mailer.send(Mail.withText(m.recipient(), m.subject(), m.text()).setHtml(m.html())
                        .addHeader(RECORD_HEADER, m.id().toString()));
            } catch (RuntimeException e) {
                work.failed(e);
                Instant next = backoff.givesUpAfter(attempts) ? null : clock.instant().plus(backoff.after(attempts));
                notifications.markAttemptFailed(m.id(), attempts, next, describe(e));
                failedCount.increment();
                LOG.warnf("notification %s: attempt %d failed (%s)%s trace=%s", m.id(), attempts, describe(e),
                        next == null ? "; given up" : "; next at " + next, work.traceId());
                return false;
            }
            notifications.markSent(m.id(), attempts, clock.instant());
            sentCount.increment();
            LOG.infof("notification %s: sent (attempt %d) trace=%s", m.id(), attempts, work.traceId());
            return true;
        }
    }

    /** The failure as recorded: the exception's kind and the mail server's words, short, without the body. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
