package org.casework.portal.client;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An API's refusal as one exception for every call: the problem's status, title, detail and field errors (the
 * fields the service names, e.g. {@code until}), so a page can put each message beside its field.
 */
public class ApiErrors implements ResponseExceptionMapper<ApiRefusal> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiRefusal toThrowable(Response response) {
        Map<String, String> fields = new LinkedHashMap<>();
        String title = "Request refused";
        String detail = "The service refused the request.";
        try {
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            title = problem.path("title").asText(title);
            detail = problem.path("detail").asText(detail);
            for (JsonNode e : problem.path("errors")) {
                fields.putIfAbsent(e.path("field").asText(), e.path("message").asText());
            }
        } catch (Exception e) {
            // not a problem document: the generic words stand
        }
        return new ApiRefusal(response.getStatus(), title, detail, fields);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
