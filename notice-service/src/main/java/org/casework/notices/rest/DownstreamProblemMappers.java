package org.casework.notices.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.domain.DeadlineExtensionException;
import org.casework.notices.domain.FourEyesException;
import org.casework.notices.domain.penalty.NotionalFineException;
import org.casework.notices.domain.penalty.PenaltyRuleException;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.problem.ProblemResponses;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * notice-service's own refusals: a calculation outside the guidance, an issuer four eyes excludes, another
 * service down or refusing. The domain throws its own exceptions; their HTTP status is chosen here.
 */
public class DownstreamProblemMappers {

    /** A calculation inside a notice's draft: its fields sit under "calculation". */
    @ServerExceptionMapper
    public Response penaltyRule(PenaltyRuleException e) {
        return ProblemResponses.of(problemOf(e, "calculation.").problem());
    }

    /** A notional fine above the statutory maximum: the field is the draft's own, not the calculation's. */
    @ServerExceptionMapper
    public Response notionalFine(NotionalFineException e) {
        return ProblemResponses.of(new Problem("notional-fine-above-maximum", "Notional fine above the maximum", 422,
                e.getMessage())
                .with("rule", "DPA 2018 s.157")
                .with("allowed", e.allowed())
                .with("errors", List.of(new FieldError(e.field(), e.getMessage()))));
    }

    static ProblemException problemOf(PenaltyRuleException e, String path) {
        return new ProblemException(new Problem("penalty-rule", "Outside the Fining Guidance", 400, e.getMessage())
                .with("allowed", e.allowed())
                .with("errors", List.of(new FieldError(path + e.field(), e.getMessage()))));
    }

    /** Four eyes: the issuer is not independent of the notice; the problem names the exclusion that applied. */
    @ServerExceptionMapper
    public Response fourEyes(FourEyesException e) {
        return ProblemResponses.of(ProblemException.forbidden("four-eyes", e.getMessage())
                .with("rule", e.exclusion().rule())
                .with("exclusion", e.exclusion().name()).problem());
    }

    /** Sch 16 para 2(3): an extension that cannot be recorded, the limit having passed or its dates not fitting. */
    @ServerExceptionMapper
    public Response deadlineExtension(DeadlineExtensionException e) {
        return ProblemResponses.of(new Problem(e.code(), e.title(), 422, e.getMessage())
                .with("rule", "DPA 2018 Sch 16 para 2(3)"));
    }

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailableException e) {
        return unavailableProblem(e.service());
    }

    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e) {
        return unavailableProblem("another service");
    }

    @ServerExceptionMapper
    public Response refused(DownstreamRefusedException e) {
        int status = e.status() == 403 ? 403 : 409;
        return ProblemResponses.of(new Problem("downstream-refused", "Refused by " + e.service(), status,
                e.service() + " refused: " + e.detail()));
    }

    private static Response unavailableProblem(String service) {
        return ProblemResponses.builder(new Problem("downstream-unavailable", "Another service is unavailable", 503,
                service + " did not answer; nothing was changed. Try again shortly."))
                .header("Retry-After", "30").build();
    }
}
