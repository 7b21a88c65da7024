package org.casework.cases.rest;

import static io.restassured.RestAssured.given;

import org.casework.testing.Problems;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Deny by default: an operation added without an explicit role rule (here a test-only resource,
 * {@link UnruledTestResource}) is refused to everyone, whatever their role.
 */
@QuarkusTest
class UnruledEndpointTest {

    @Test
    void anOperationWithoutARoleRuleIsRefusedToEveryRole() {
        for (String token : new String[] { Tokens.caseworker(), Tokens.decisionMaker(), Tokens.auditor(),
                Tokens.orgRepresentative("org-a"), Tokens.service() }) {
            Problems.assertProblem(given().auth().oauth2(token).when().get("/test-only/unruled"), 403);
            Problems.assertProblem(given().auth().oauth2(token).when().post("/test-only/unruled"), 403);
        }
    }

    @Test
    void anOperationWithoutARoleRuleIsRefusedWithoutAToken() {
        Problems.assertProblem(given().when().get("/test-only/unruled"), 401);
    }

    @Test
    void anUnannotatedMethodBesideAnAnnotatedOneIsStillRefused() {
        given().auth().oauth2(Tokens.caseworker()).when().get("/test-only/unruled/ruled").then().statusCode(200);
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).when().get("/test-only/unruled/forgotten"), 403);
    }
}
