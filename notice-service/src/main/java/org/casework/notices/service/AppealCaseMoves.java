package org.casework.notices.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.domain.Notice;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Moves the case of an appealed decision DECIDED → APPEALED and back. Done before the appeal is written, so a
 * failure changes nothing here; the Idempotency-Key makes a retry move the case once, and a case already in the
 * target state (a retry after our own write failed) counts as moved.
 */
@ApplicationScoped
public class AppealCaseMoves {

    private final CaseGateway cases;
    private final CallerContext caller;
    private final ServiceToken serviceToken;

    public AppealCaseMoves(CaseGateway cases, CallerContext caller, ServiceToken serviceToken) {
        this.cases = cases;
        this.caller = caller;
        this.serviceToken = serviceToken;
    }

    public void move(Notice n, String to, String reason, String idempotencyKey) {
        try {
            // a caseworker records appeals, but only notice-service may move a case for a notice it holds
            // (CaseTransitions.allowedFor): the service's own token, the person named for case-service's audit
            cases.transition(n.caseId, to, reason, n.id, idempotencyKey, serviceToken.actingFor(caller.get().subject()));
        } catch (DownstreamRefusedException e) {
            if (e.status() == 409 && to.equals(e.currentStatus())) {
                return;
            }
            throw ProblemException.conflict("downstream-refused", "Refused by " + e.service(),
                    "The case could not move to " + to + ": " + e.detail())
                    .with("caseStatus", e.currentStatus() == null ? "unknown" : e.currentStatus());
        } catch (DownstreamUnavailableException | FaultToleranceException e) {
            throw new ProblemException(503, "downstream-unavailable", "Another service is unavailable",
                    "case-service did not answer: nothing was recorded. Retry the request.").header("Retry-After", "30");
        }
    }

    static String key(String what, UUID id, long n) {
        return what + "-" + id + "-" + n;
    }
}
