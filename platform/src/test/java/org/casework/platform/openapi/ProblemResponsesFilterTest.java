package org.casework.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** What the filter makes of an operation as Quarkus hands it over: roles as scopes, bare 401 and 403. */
class ProblemResponsesFilterTest {

    @Test
    void theRolesLeaveTheScopesForTheExtensionAndTheDescription() {
        Operation op = secured(List.of("decision-maker", "caseworker"));

        filter("/cases/{id}/transitions", op);

        assertEquals(List.of("caseworker", "decision-maker"), op.getExtensions().get("x-roles"));
        assertEquals("Moves it.\n\nRoles: caseworker, decision-maker.", op.getDescription());
        assertEquals(1, op.getSecurity().size());
        assertEquals(Map.of("oidc", List.of()), op.getSecurity().get(0).getSchemes());
    }

    @Test
    void everyRefusalIsAProblemAndA401SaysHowToAuthenticate() {
        Operation op = secured(List.of("caseworker"));
        op.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));

        filter("/cases/{id}", op);

        for (String code : Set.of("400", "401", "403", "404", "500", "503")) {
            assertNotNull(op.getResponses().getAPIResponse(code).getContent().getMediaType("application/problem+json"),
                    code);
        }
        APIResponse unauthorised = op.getResponses().getAPIResponse("401");
        assertTrue(unauthorised.getHeaders().get("WWW-Authenticate").getDescription()
                .contains("error=\"insufficient_user_authentication\""));
        assertNull(op.getResponses().getAPIResponse("412"), "no If-Match, no 412");
    }

    @Test
    void anOperationTakingIfMatchDocumentsItsPreconditions() {
        Operation op = secured(List.of("caseworker"));
        op.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));

        filter("/cases/{id}/assignee", op);

        assertNotNull(op.getResponses().getAPIResponse("412"));
        assertNotNull(op.getResponses().getAPIResponse("428"));
    }

    @Test
    void aPublicOperationHasNoRolesButItsServerErrors() {
        Operation op = OASFactory.createOperation().summary("The register").responses(OASFactory.createAPIResponses());

        filter("/register", op);

        assertNull(op.getExtensions() == null ? null : op.getExtensions().get("x-roles"));
        assertFalse(op.getResponses().hasAPIResponse("401"));
        assertTrue(op.getResponses().hasAPIResponse("500"));
        assertTrue(op.getResponses().hasAPIResponse("503"));
    }

    @Test
    void theProblemSchemaIsTheShapeAnswersHaveNotWhatTheScannerMadeOfTheClass() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Problem",
                OASFactory.createSchema().addProperty("extensions", OASFactory.createSchema().writeOnly(true))));

        new ProblemResponsesFilter().filterOpenAPI(openAPI);

        Map<String, Schema> members = openAPI.getComponents().getSchemas().get("Problem").getProperties();
        assertEquals(Set.of("type", "title", "status", "detail", "errors"), members.keySet());
        assertEquals(Set.of("field", "message"), members.get("errors").getItems().getProperties().keySet());
    }

    private static Operation secured(List<String> roles) {
        Operation op = OASFactory.createOperation().description("Moves it.").responses(OASFactory.createAPIResponses());
        op.addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH));
        op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme("oidc", roles))));
        return op;
    }

    private static void filter(String path, Operation op) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().GET(op)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }
}
