package org.casework.representations.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.testing.ServiceClientSecretResource;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged representation-service (prod profile): a window, a submission with a file, the file back. */
@QuarkusIntegrationTest
@WithTestResource(value = ServiceClientSecretResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RepresentationServiceIT {

    @Test
    void startsHealthy() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anOrganisationSubmitsEvidenceAndGetsItBackUnchanged() {
        UUID notice = Portal.window("org-it", LocalDate.of(2099, 1, 31));
        var submitted = Portal.submit("org-it", notice, "Our representations", "response.pdf", Portal.pdf());
        submitted.then().statusCode(201);
        byte[] back = Portal.as("org-it").get("/portal/representations/" + submitted.path("id") + "/files/"
                + submitted.path("files[0].id")).then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(Portal.pdf(), back);
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void theProductionBuildHasNoClockControl() {
        given().get("/test-support/clock").then().statusCode(404);
        given().contentType("application/json").body("{\"instant\":\"2030-01-01T00:00:00Z\"}").put("/test-support/clock")
                .then().statusCode(404);
    }
}
