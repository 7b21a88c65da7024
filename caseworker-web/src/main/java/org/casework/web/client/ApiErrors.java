package org.casework.web.client;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.model.MissingPart;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.runtime.ResteasyReactiveResponseExceptionMapper;

/**
 * Every API's answers other than success, for every interface: 5xx and 429 mean the service cannot answer now
 * ({@link ApiUnavailableException}, worth trying again); any other 4xx is a refusal ({@link ApiProblemException})
 * with the problem's title, detail, field errors, the statutory parts found missing, the rule it cites and its code.
 * A server error's body is never read: it may hold internals no page should show.
 */
public class ApiErrors implements ResteasyReactiveResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page says only "did not answer": the operator needs the status the service gave. */
    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    @Override
    public RuntimeException toThrowable(Response response, RestClientRequestContext context) {
        Service service = context == null ? null : serviceOf(context.getInvokedMethod());
        String label = service == null ? "the service" : service.label();
        int status = response.getStatus();
        if (status >= 500 || status == 429) {
            // unread, and closed: a download's body would otherwise hold its connection open
            response.close();
            LOG.warnf("%s answered %d", label, status);
            return new ApiUnavailableException(label, null, false);
        }
        return problem(status, label, response.readEntity(String.class));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static Service serviceOf(Method method) {
        ServiceApi api = method == null ? null : method.getDeclaringClass().getAnnotation(ServiceApi.class);
        return api == null ? null : api.value();
    }

    private static ApiProblemException problem(int status, String label, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<MissingPart> missing = new ArrayList<>();
        String title = "Request refused";
        String detail = label + " refused the request";
        String rule = null;
        String code = null;
        try {
            JsonNode problem = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            String type = problem.path("type").asText("");
            code = type.isEmpty() || "about:blank".equals(type) ? null : type.substring(type.lastIndexOf('/') + 1);
            title = problem.path("title").asText(title);
            detail = problem.path("detail").asText(detail);
            rule = problem.hasNonNull("rule") ? problem.get("rule").asText() : null;
            for (JsonNode e : problem.path("errors")) {
                fields.putIfAbsent(e.path("field").asText(), e.path("message").asText());
            }
            for (JsonNode m : problem.path("missing")) {
                String part = m.path("part").asText();
                missing.add(new MissingPart(part, m.path("rule").asText(), m.path("message").asText(),
                        m.path("correctIn").asText(MissingPart.placeOf(part))));
            }
        } catch (Exception e) {
            // not a problem document: keep the generic words
        }
        return new ApiProblemException(status, title, detail, fields, missing, rule).withCode(code);
    }
}
