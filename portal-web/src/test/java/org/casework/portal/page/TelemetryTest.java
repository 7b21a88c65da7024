package org.casework.portal.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.portal.PortalStubs;
import org.casework.web.testing.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The portal on the dashboard: /q/metrics, without sign-in, names each page by its route's template, never a notice's id. */
@QuarkusTest
class TelemetryTest {

    @BeforeEach
    void stubs() {
        PortalStubs.defaults();
    }

    @Test
    @TestSecurity(user = "betty", roles = "org-representative")
    void metricsNameEachPageByItsRouteTemplate() {
        PageClient.page("/");
        PageClient.fetch("/notices/" + PortalStubs.NOI_ID + "/representations");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        // Micrometer names the path "/" root
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"root\"}")
                .contains("uri=\"/notices/{id}/representations\"").doesNotContain(PortalStubs.NOI_ID);
    }
}
