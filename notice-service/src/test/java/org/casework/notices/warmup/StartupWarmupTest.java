package org.casework.notices.warmup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The warm-up ran at start-up: a document was laid out, the database and JSON used, notice-service's
 * token fetched and both clients built, each reported on the readiness probe.
 */
@QuarkusTest
class StartupWarmupTest {

    @Inject
    StartupWarmup warmup;

    @Test
    void everyStepRanAtStartUpAndIsReportedOnTheReadinessProbe() throws Exception {
        warmup.finished().get(60, TimeUnit.SECONDS);
        List<String> steps = warmup.outcomes().stream().map(WarmupRun.Outcome::name).toList();
        assertThat(steps, equalTo(List.of("document", "database", "json", "service-token", "case-service",
                "representation-service")));
        for (WarmupRun.Outcome o : warmup.outcomes()) {
            assertThat(o.name() + ": " + o.describe(), o.ok(), equalTo(true));
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.document", startsWith("ok in "))
                .body("checks.find { it.name == 'warm-up' }.data.'service-token'", startsWith("ok in "));
    }
}
