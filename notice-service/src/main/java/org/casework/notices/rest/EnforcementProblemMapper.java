package org.casework.notices.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.enforcement.EnforcementRuleException;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The enforcement-notice rules' refusals as problem answers, each naming its rule (DPA 2018 s.149-150). */
public class EnforcementProblemMapper {

    @ServerExceptionMapper
    public Response enforcementRule(EnforcementRuleException e) {
        Problem p = new Problem(e.code(), e.title(), e.status(), e.getMessage()).with("rule", e.rule());
        if (e.field() != null) {
            p = p.with("errors", List.of(new FieldError(e.field(), e.getMessage())));
        }
        return ProblemResponses.of(p);
    }
}
