package org.casework.web.client;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The web UI in a trace and on the dashboard: a page's calls to the APIs carry the page request's trace (W3C
 * traceparent), and /q/metrics names each page by its route's template, never a case's id.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class TelemetryTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void aPagesCallsToTheApisCarryThePagesTrace() {
        String trace = "3f2c1e0d9b8a77665544332211009988";

        given().redirects().follow(false).header("traceparent", "00-" + trace + "-a1b2c3d4e5f60718-01")
                .get("/cases/" + ApiStubs.CASE_ID).then().statusCode(200);

        ApiStubs.server().verify(getRequestedFor(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID))
                .withHeader("traceparent", matching("00-" + trace + "-[0-9a-f]{16}-01")));
    }

    @Test
    void metricsNameEachPageByItsRouteTemplate() {
        given().redirects().follow(false).get("/cases/" + ApiStubs.CASE_ID).then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/cases/{id}\"}")
                .contains("http_server_requests_seconds_bucket{").doesNotContain(ApiStubs.CASE_ID);
    }
}
