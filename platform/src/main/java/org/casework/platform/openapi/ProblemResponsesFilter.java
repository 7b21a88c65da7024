package org.casework.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents what every operation can answer besides success, so auditors reading the OpenAPI see
 * the problem+json refusals, and prints the roles each operation allows in its description.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
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
            add(responses, "401", "No valid token, or a person's token without multi-factor authentication "
                    + "(WWW-Authenticate: Bearer error=\"insufficient_user_authentication\")");
            add(responses, "403", "The caller's role does not allow this operation");
            List<String> roles = rolesOf(operation.getSecurity());
            if (!roles.isEmpty()) {
                String line = "Roles: " + String.join(", ", roles) + ".";
                String description = operation.getDescription();
                if (description == null || !description.contains("Roles:")) {
                    operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
                }
            }
        }
        if (templated) {
            add(responses, "404", "Unknown id (or not visible to the caller)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "Request body larger than the service accepts");
            add(responses, "415", "Unsupported content type");
        }
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .description("An RFC 9457 problem document (application/problem+json)")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))));
    }

    private static List<String> rolesOf(List<SecurityRequirement> requirements) {
        return requirements.stream()
                .filter(r -> r.getSchemes() != null)
                .flatMap(r -> r.getSchemes().values().stream())
                .filter(scopes -> scopes != null)
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
    }
}
