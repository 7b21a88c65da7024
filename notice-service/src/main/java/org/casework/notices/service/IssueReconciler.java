package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.Notice;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.security.Caller;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Converges what a request left unfinished (another service was down, or notice-service stopped
 * mid-way), with notice-service's own token on behalf of the decision-maker: issues decided but not
 * completed, and issued notices of intent whose representation window is not confirmed open. It runs
 * from start-up every few seconds, and touches only work older than a request's own downstream calls
 * can take ({@code casework.notices.reconcile-after}), so it does not race a request still running.
 */
@ApplicationScoped
public class IssueReconciler {

    private static final Logger LOG = Logger.getLogger(IssueReconciler.class);
    private static final int BATCH = 20;

    private final NoticeRepository notices;
    private final IssueCompletion completion;
    private final RepresentationWindows windows;
    private final PendingIssues pending;
    private final ServiceToken serviceToken;
    private final NoticeSettings settings;
    private final Clock clock;

    public IssueReconciler(NoticeRepository notices, IssueCompletion completion, RepresentationWindows windows,
            PendingIssues pending, ServiceToken serviceToken, NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.completion = completion;
        this.windows = windows;
        this.pending = pending;
        this.serviceToken = serviceToken;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${casework.notices.reconcile-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "notice-issue-reconciliation")
    void run() {
        reconcile();
    }

    /** One pass: answers how many issues it completed and windows it opened. */
    public int reconcile() {
        Instant before = clock.instant().minus(settings.reconcileAfter());
        return completePendingIssues(before) + openWindows(before);
    }

    private int completePendingIssues(Instant before) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> notices.pendingIssuesBefore(before, BATCH));
        int completed = 0;
        for (UUID id : ids) {
            Notice n = QuarkusTransaction.requiringNew().call(() -> notices.findById(id));
            if (n == null || n.pendingIssue == null) {
                continue;
            }
            Caller job = job(n.pendingIssue.requestedBy);
            try {
                completion.moveCase(n, serviceToken.actingFor(n.pendingIssue.requestedBy));
                windows.openOrLeaveToReconciler(completion.finish(id, job), job);
                completed++;
            } catch (DownstreamUnavailableException | FaultToleranceException e) {
                pending.recordFailure(id, e.getMessage());
            } catch (DownstreamRefusedException e) {
                pending.abandon(id, e.getMessage(), job);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reconciliation of notice %s failed", id);
            }
        }
        return completed;
    }

    private int openWindows(Instant before) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> notices.windowsToOpenBefore(before, BATCH));
        int opened = 0;
        for (UUID id : ids) {
            try {
                Notice n = QuarkusTransaction.requiringNew().call(() -> notices.require(id));
                if (windows.open(id, job(n.issuedBy)).representationWindowOpenedAt != null) {
                    opened++;
                }
            } catch (DownstreamUnavailableException | FaultToleranceException e) {
                LOG.warnf("The representation window of notice %s is not open yet: %s", id, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Opening the representation window of notice %s failed", id);
            }
        }
        return opened;
    }

    /** The job acts as notice-service's own client, on behalf of the decision-maker who issued. */
    private static Caller job(String onBehalfOf) {
        return new Caller("notice-service", "notice-service", Set.of(Roles.SERVICE, Roles.NOTICE_SERVICE_CLIENT), null,
                null, true, onBehalfOf);
    }
}
