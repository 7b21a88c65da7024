package org.casework.notices.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.PendingIssue;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.service.IssuePlanner.IssuePlan;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A decision-maker issues a notice. The decision is recorded first (the notice stays DRAFT with a
 * pending issue and its dates), then case-service moves the case, then the notice is fixed as ISSUED
 * and, for a notice of intent, only then is its representation window opened. If case-service fails,
 * the answer is a 503, the notice stays DRAFT, and a retry (any key) or the reconciliation job
 * completes the same issue once. If only the window fails, the notice is issued and the job opens it.
 */
@ApplicationScoped
public class NoticeIssueService {

    private final NoticeRepository notices;
    private final IssuePlanner planner;
    private final IssueCompletion completion;
    private final PendingIssues pending;
    private final RepresentationWindows windows;
    private final CallerContext callerContext;
    private final Clock clock;

    public NoticeIssueService(NoticeRepository notices, IssuePlanner planner, IssueCompletion completion,
            PendingIssues pending, RepresentationWindows windows, CallerContext callerContext, Clock clock) {
        this.notices = notices;
        this.planner = planner;
        this.completion = completion;
        this.pending = pending;
        this.windows = windows;
        this.callerContext = callerContext;
        this.clock = clock;
    }

    /**
     * Issues the notice, to be given by {@code method} (DPA 2018 s.141A(2)). A repeat of an issue already decided keeps
     * the method of the first decision: the periods were fixed with it.
     */
    public Notice issue(UUID id, String idempotencyKey, GivingMethod method) {
        Idempotency.requireValid(idempotencyKey);
        try {
            return attempt(current(id), idempotencyKey, method);
        } catch (ProblemException e) {
            // A repeat racing its own first attempt can find the case already moved or the notice already
            // issued by that attempt: with the same key the answer is the first attempt's, not a conflict.
            if (e.problem().getStatus() != 409) {
                throw e;
            }
            Notice now = current(id);
            if (now.status == NoticeStatus.ISSUED && idempotencyKey.equals(now.issueKey)) {
                return windows.openOrLeaveToReconciler(now, callerContext.get());
            }
            if (now.status == NoticeStatus.DRAFT && now.pendingIssue != null && idempotencyKey.equals(now.pendingIssue.key)) {
                return attempt(now, idempotencyKey, method);
            }
            throw e;
        }
    }

    /**
     * The notice as committed now. Read in its own transaction: a read outside one would come from the
     * request's session, which keeps the copy it loaded first and would hide the first attempt's decision.
     */
    private Notice current(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> notices.require(id));
    }

    private Notice attempt(Notice n, String idempotencyKey, GivingMethod method) {
        Caller caller = callerContext.get();
        UUID id = n.id;
        if (n.status == NoticeStatus.ISSUED) {
            if (idempotencyKey.equals(n.issueKey)) {
                return windows.openOrLeaveToReconciler(n, caller);
            }
            throw ProblemException.conflict("already-issued", "Already issued",
                    "Notice " + n.reference + " was issued on " + n.issuedOn + " by " + n.issuedBy);
        }
        n.requireDraft("issued");
        Credentials asIssuer = Credentials.ofPerson(callerContext.bearerToken());
        if (n.pendingIssue == null) {
            IssuePlan plan = planner.plan(n, caller.subject(), asIssuer, method);
            n = QuarkusTransaction.requiringNew().call(() -> recordDecision(id, idempotencyKey, caller, plan));
        }
        try {
            completion.moveCase(n, asIssuer);
        } catch (DownstreamUnavailableException | FaultToleranceException e) {
            pending.recordFailure(id, e.getMessage());
            throw new ProblemException(503, "downstream-unavailable", "Another service is unavailable",
                    "The notice could not be issued yet because another service did not answer; it stays DRAFT "
                            + "with the issue pending. Retry the request, or it is completed automatically.")
                    .header("Retry-After", "30");
        } catch (DownstreamRefusedException e) {
            pending.abandon(id, e.getMessage());
            throw ProblemException.conflict("downstream-refused", "Refused by " + e.service(),
                    e.service() + " refused: " + e.detail() + ". The notice stays DRAFT.");
        }
        return windows.openOrLeaveToReconciler(completion.finish(id, caller), caller);
    }

    private Notice recordDecision(UUID id, String key, Caller caller, IssuePlan plan) {
        Notice n = notices.lockForChange(id);
        n.requireDraft("issued");
        if (n.pendingIssue == null) {
            PendingIssue p = new PendingIssue();
            p.key = key;
            p.requestedBy = caller.subject();
            p.requestedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            p.issuedOn = plan.dates().givenOn();
            p.attempts = 0;
            n.pendingIssue = p;
            plan.dates().applyTo(n);
            n.organisationId = plan.parties().organisationId();
            n.organisationName = plan.parties().organisationName();
            n.recipients = plan.parties().recipients();
            n.representationsReceived = plan.representationsReceived();
            n.touch(p.requestedAt);
        }
        n.pendingIssue.attempts = n.pendingIssue.attempts + 1;
        notices.flush();
        return n;
    }
}
