package org.casework.notifications.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.casework.notifications.domain.InvalidContacts;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The register's refusals as 400 problems naming the field, like the API's other invalid input. */
public class NotificationProblemMapper {

    @ServerExceptionMapper
    public Response invalidContacts(InvalidContacts e) {
        return ProblemResponses.of(new Problem("invalid-request", "Invalid request", 400, e.getMessage())
                .with("errors", List.of(new FieldError(e.field(), e.getMessage()))));
    }
}
