package org.casework.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation can answer besides success, each as application/problem+json, so
 * auditors and client generators see every refusal; and moves the roles each operation allows out of
 * its security requirement into {@code x-roles} and its description ({@link OperationRoles}).
 *
 * <p>Registered as {@code mp.openapi.filter}, so it runs when the document is built, after Quarkus has
 * added each operation's security requirement and its own bare 400, 401 and 403 answers (a description,
 * no body), which this replaces with the problem documents the services really send.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Every schema, components' and inline: a string of a known format gets the length the server writes. */
    @Override
    public Schema filterSchema(Schema schema) {
        Produced.bound(schema);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemSchema.ensureIn(openAPI);
        RateLimitDocs.ensureIn(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean templated = path.getKey().contains("{");
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                document(operation, templated);
            }
        }
    }

    private static void document(Operation operation, boolean templated) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "Invalid input: malformed JSON, wrong types, missing or unknown fields");
        }
        if (secured) {
            add(responses, "401", "No valid token, or a person's token without multi-factor authentication")
                    .addHeader(WWW_AUTHENTICATE, OASFactory.createHeader()
                            .description("Bearer realm=\"casework\"; with error=\"invalid_token\" for a bad or expired "
                                    + "token, and error=\"insufficient_user_authentication\" (with acr_values) when a "
                                    + "person's token lacks multi-factor authentication")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(300)));
            add(responses, "403", "The caller's role does not allow this operation");
            OperationRoles.move(operation);
        }
        if (templated) {
            add(responses, "404", "Unknown id (or not visible to the caller)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "Request body larger than the service accepts");
            add(responses, "415", "Unsupported content type");
        }
        if (takesIfMatch(operation)) {
            add(responses, "412", "The resource changed since its ETag was read: read it again, then retry");
            add(responses, "428", "If-Match is required: send the ETag of the resource as read");
        }
        add(responses, "500", "Unexpected error; the problem carries a reference, never internals");
        add(responses, "503", "A service this one depends on, or its database, did not answer; try again");
        RateLimitDocs.document(operation);
        SharedParameters.bound(operation);
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    /**
     * The answer for the code: one the operation documents itself with a body is kept; one without a body
     * (Quarkus' own "Not Authorized" and the like) becomes the problem document.
     */
    static APIResponse add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return existing;
        }
        Content content = OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
        return response;
    }
}
