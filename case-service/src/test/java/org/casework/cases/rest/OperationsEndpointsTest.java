package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casework.testing.OpenApiChecks;
import org.casework.testing.PublishedOpenApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What operators and auditors rely on: OpenAPI that documents every operation, health and metrics. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void everyOperationIsDocumentedWithItsRolesTheOidcSchemeAndItsProblems() {
        assertThat(OpenApiChecks.assertEveryOperationDocumented(Set.of()), equalTo(20));
    }

    /** Every string, integer and array is bounded and every request body has an example (OWASP API4, api-lint). */
    @Test
    void everyValueIsBoundedAndEveryRequestBodyHasAnExample() {
        OpenApiChecks.assertEveryValueBounded();
    }

    /** The document it serves is the one published in docs/openapi, so no change to the contract goes unreviewed. */
    @Test
    void theServedDocumentIsThePublishedOne() {
        PublishedOpenApi.assertServedDocumentIsPublished("case-service");
    }

    /** Its operation ids are the published ones, which OperationIdsTest keeps apart from the other services'. */
    @Test
    void everyOperationHasItsPublishedId() {
        OpenApiChecks.assertOperationIdsListed("case-service");
    }

    /** What a client needs to call POST /cases and transitions right: the key, the replay, who may move a case. */
    @Test
    void theOpenApiDocumentsTheRequiredIdempotencyKeyAndTheCallersOfAMove() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String open = "paths.'/cases'.post";
        assertThat(openapi.getList(open + ".parameters.findAll { it.name == 'Idempotency-Key' }.required"),
                equalTo(List.of(true)));
        assertThat(openapi.getString(open + ".description"), containsString("Requires an Idempotency-Key header (400 without)"));
        assertThat(openapi.getString(open + ".description"), containsString("Idempotent-Replayed: true"));
        assertThat(openapi.getMap(open + ".responses"), hasKey("422"));
        assertThat(openapi.getString(open + ".requestBody.content.'application/json'.schema.$ref"), endsWith("/CaseFacts"));
        String move = "paths.'/cases/{id}/transitions'.post";
        assertThat(openapi.getList(move + ".parameters.findAll { it.name == 'Idempotency-Key' }.required"),
                equalTo(List.of(true)));
        assertThat(openapi.getString(move + ".description"), containsString("of machines, notice-service's client only"));
        assertThat(openapi.getString(move + ".description"), containsString("Roles: caseworker, client:notice-service, "
                + "decision-maker."));
        assertThat(openapi.getList(move + ".x-roles"), equalTo(List.of("caseworker", "client:notice-service", "decision-maker")));
        assertThat(openapi.getList(move + ".security"), equalTo(List.of(Map.of("oidc", List.of()))));
    }

    /** Whom an organisation's developer writes to, and a server that is right wherever the document is read. */
    @Test
    void theDocumentNamesTheServiceDeskAndARelativeServer() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openapi.getString("info.contact.name"), equalTo("Casework service desk"));
        assertThat(openapi.getString("info.contact.email"), equalTo("casework-service-desk@ico.example"));
        assertThat(openapi.getList("servers.url"), equalTo(List.of("/")));
    }

    @Test
    void swaggerUiIsAlwaysOn() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthProbesAnswerUpWithTheDatabaseChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/cases");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
