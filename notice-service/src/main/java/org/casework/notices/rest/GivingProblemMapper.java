package org.casework.notices.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.giving.GivingRuleException;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A way of giving a notice the law in force does not allow: 422, naming the provision and the field. */
public class GivingProblemMapper {

    @ServerExceptionMapper
    public Response givingRule(GivingRuleException e) {
        return ProblemResponses.of(new Problem(e.code(), "Method of giving not allowed", 422, e.getMessage())
                .with("rule", e.rule())
                .with("errors", List.of(new FieldError("method", e.getMessage()))));
    }
}
