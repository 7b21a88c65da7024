package org.casework.platform.limits;

import jakarta.ws.rs.core.Response;

import org.casework.platform.problem.ProblemException;
import org.casework.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A limit reached is a conflict with what is already stored, not a bad request: the same request succeeds on
 * another notice. 409 {@code notice-limit-reached}, with the limit as a member a client can read.
 */
public class RecordLimitMapper {

    @ServerExceptionMapper
    public Response limitReached(RecordLimitReachedException e) {
        return ProblemResponses.of(ProblemException.conflict("notice-limit-reached", "Limit reached",
                "At most " + e.limit() + " " + e.what() + " are kept, and " + e.held() + " are; nothing was stored")
                .with("limit", e.limit()).problem());
    }
}
