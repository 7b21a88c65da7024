package org.casework.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.casework.platform.security.BearerChallenge;
import org.casework.platform.security.MfaRequiredException;
import org.casework.platform.security.SecurityConfig;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves a service as application/problem+json. Messages are written here, never
 * copied from an exception, so no stack trace, SQL or class name reaches a client.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @Inject
    SecurityConfig securityConfig;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = ProblemResponses.builder(e.problem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        List<FieldError> listed = errors.subList(0, Math.min(errors.size(), FieldError.MAX_PER_PROBLEM));
        return ProblemResponses.of(new Problem("invalid-request", "Invalid request", 400, detail).with("errors", listed));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return ProblemResponses.of(JsonErrors.toProblem(e));
    }

    /** Named separately so it takes precedence over the JSON extension's own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return ProblemResponses.of(JsonErrors.toProblem(e));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge(BearerChallenge.missingToken(), "A bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        if (causedByMissingMfa(e)) {
            return challenge(BearerChallenge.insufficientAuthentication(String.join(" ", securityConfig.mfaAcrValues())),
                    "This token does not show multi-factor authentication; sign in again with your second factor");
        }
        return challenge(BearerChallenge.invalidToken(), "The bearer token is not valid for this service");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(new Problem("forbidden", "Forbidden", 403,
                "Your role does not allow this operation"));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public Response pessimisticLock(PessimisticLockException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.ResponseBuilder builder = ProblemResponses.builder(
                ProblemResponses.forStatus(status, detailFor(status)));
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e.getCause() instanceof OptimisticLockException || e.getCause() instanceof StaleStateException) {
            return concurrentChange();
        }
        return internalError(e);
    }

    /** A 500 with a reference to quote; the cause is logged under that reference, never sent. */
    static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return ProblemResponses.of(new Problem("internal-error", "Internal error", 500,
                "The service could not complete the request; quote reference " + reference)
                .with("reference", reference));
    }

    private static Response concurrentChange() {
        return ProblemResponses.of(new Problem("concurrent-modification", "Concurrent modification", 409,
                "The resource was changed by another request at the same time; read it again and retry"));
    }

    private static Response challenge(String wwwAuthenticate, String detail) {
        return ProblemResponses.builder(new Problem("unauthorized", "Unauthorized", 401, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate)
                .build();
    }

    private static boolean causedByMissingMfa(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MfaRequiredException || (t instanceof AuthenticationFailedException failed
                    && Boolean.TRUE.equals(failed.getAttribute(MfaRequiredException.ATTRIBUTE)))) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 406 -> "This address cannot answer in the requested media type";
            case 413 -> "The request body is larger than this service accepts";
            case 415 -> "This address does not accept that content type";
            default -> "The request could not be accepted";
        };
    }

    /** The JSON path of the invalid value, without the Java method and parameter names. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }
}
