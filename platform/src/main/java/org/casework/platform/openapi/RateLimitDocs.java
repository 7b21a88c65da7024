package org.casework.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the rate limit every operation applies (platform {@code ratelimit.RateLimiter}): the
 * {@code RateLimit-Policy} and {@code RateLimit} header fields on every success and client-error answer, and the 429
 * answer with {@code Retry-After}. The fields are written once, as components, and referred to from each answer.
 */
final class RateLimitDocs {

    static final String POLICY = "RateLimit-Policy";
    static final String LIMIT = "RateLimit";
    static final String RETRY_AFTER = "Retry-After";

    private RateLimitDocs() {
    }

    static void ensureIn(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(POLICY, header("The caller's quota for this class of operation (\"read\": GET; \"change\": "
                + "every other method), IETF httpapi draft \"RateLimit header fields for HTTP\": the policy's name, q "
                + "requests per window of w seconds, e.g. \"read\";q=600;w=60. Each person and each client is counted "
                + "apart, across every replica; a caller without a valid token is counted by network address."));
        components.addHeader(LIMIT, header("What remains of the quota: the policy's name, r requests remaining and t "
                + "seconds until the window starts again, e.g. \"read\";r=599;t=42. Sent on every answer to a request "
                + "the limiter counted."));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds until the caller's window starts again and the request may be repeated")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(86_400))));
    }

    /** The header fields on every 2xx and 4xx answer, and the 429 answer itself. */
    static void document(Operation operation) {
        APIResponse tooMany = ProblemResponsesFilter.add(operation.getResponses(), "429",
                "Too many requests from this caller in the current window; nothing was done. Repeat after Retry-After "
                        + "seconds.");
        tooMany.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
        for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("2") || answer.getKey().startsWith("4")) {
                answer.getValue().addHeader(POLICY, ref(POLICY)).addHeader(LIMIT, ref(LIMIT));
            }
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
