package org.casework.notices.service;

import java.time.Clock;
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
 * Completes issues that were decided but not finished (another service was down when the
 * decision-maker asked), with notice-service's own token on behalf of that decision-maker.
 */
@ApplicationScoped
public class IssueReconciler {

    private static final Logger LOG = Logger.getLogger(IssueReconciler.class);
    private static final int BATCH = 20;

    private final NoticeRepository notices;
    private final IssueCompletion completion;
    private final PendingIssues pending;
    private final ServiceToken serviceToken;
    private final NoticeSettings settings;
    private final Clock clock;

    public IssueReconciler(NoticeRepository notices, IssueCompletion completion, PendingIssues pending,
            ServiceToken serviceToken, NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.completion = completion;
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

    /** One pass: answers how many issues it completed. */
    public int reconcile() {
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> notices.pendingIssuesBefore(clock.instant().minus(settings.reconcileAfter()), BATCH));
        int completed = 0;
        for (UUID id : ids) {
            Notice n = QuarkusTransaction.requiringNew().call(() -> notices.findById(id));
            if (n == null || n.pendingIssue == null) {
                continue;
            }
            Caller job = new Caller("notice-service", "notice-service", Set.of(Roles.SERVICE, Roles.NOTICE_SERVICE_CLIENT), null, null, true,
                    n.pendingIssue.requestedBy);
            try {
                completion.propagate(n, serviceToken.actingFor(n.pendingIssue.requestedBy));
                completion.finish(id, job);
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
}
