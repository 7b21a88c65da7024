package org.casework.notices.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sorts another service's failure into "try again" (5xx, no answer) or "refused" (4xx, with its problem). */
final class DownstreamErrors {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DownstreamErrors() {
    }

    static DownstreamException translate(String service, RuntimeException e) {
        if (e instanceof WebApplicationException web && web.getResponse() != null) {
            Response response = web.getResponse();
            int status = response.getStatus();
            if (status >= 500 || status == 429) {
                return new DownstreamUnavailableException(service, service + " answered " + status, e);
            }
            JsonNode problem = problemOf(response);
            return new DownstreamRefusedException(service, status,
                    problem.path("detail").asText(problem.path("title").asText("refused")),
                    problem.path("currentStatus").isMissingNode() ? null : problem.path("currentStatus").asText());
        }
        if (e instanceof ProcessingException) {
            return new DownstreamUnavailableException(service, service + " could not be reached", e);
        }
        return new DownstreamUnavailableException(service, service + " failed", e);
    }

    /**
     * Makes a call whose answer does not matter, only that one came (the start-up warm-up): any HTTP
     * answer counts, a 503 of a service still starting included; no answer is a DownstreamException.
     */
    static void expectAnyAnswer(String service, Runnable call) {
        try {
            call.run();
        } catch (WebApplicationException answered) {
            // it answered: the client works
        } catch (RuntimeException e) {
            throw translate(service, e);
        }
    }

    private static JsonNode problemOf(Response response) {
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (RuntimeException | java.io.IOException e) {
            return MAPPER.createObjectNode();
        }
    }
}
