package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.casework.testing.OpenApiChecks;
import org.casework.testing.PublishedOpenApi;
import org.casework.testing.Problems;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void everyOperationIsDocumentedWithItsRolesTheOidcSchemeAndItsProblems() {
        assertThat(OpenApiChecks.assertEveryOperationDocumented(Set.of("GET /register")), equalTo(73));
    }

    /** Every string, integer and array is bounded and every request body has an example (OWASP API4, api-lint). */
    @Test
    void everyValueIsBounded() {
        OpenApiChecks.assertEveryValueBounded();
    }

    /** The document it serves is the one published in docs/openapi, so no change to the contract goes unreviewed. */
    @Test
    void theServedDocumentIsThePublishedOne() {
        PublishedOpenApi.assertServedDocumentIsPublished("notice-service");
    }

    /** Its operation ids are the published ones, which OperationIdsTest keeps apart from the other services'. */
    @Test
    void everyOperationHasItsPublishedId() {
        OpenApiChecks.assertOperationIdsListed("notice-service");
    }

    @Test
    void healthSwaggerAndMetricsAreOn() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void anOperationWithoutARoleRuleIsRefused() {
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).get("/test-only/unruled"), 403);
        Problems.assertProblem(given().get("/test-only/unruled"), 401);
    }
}
