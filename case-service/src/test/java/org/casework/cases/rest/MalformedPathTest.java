package org.casework.cases.rest;

import static io.restassured.RestAssured.given;

import org.casework.testing.Problems;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.EncoderConfig;

/**
 * Encoded or relative path segments are refused (found by the end-to-end hostile-input suite:
 * /cases/{id}/findings/%2e%2e was normalised into /cases/{id} and answered, and audited, as a read of
 * the case). The check is the platform's PathGuard, so every service has it.
 */
@QuarkusTest
class MalformedPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/cases/5a1e0000-0000-4000-8000-000000000001/findings/%2e%2e",
            "/cases/%2E%2E/audit/events", "/cases/x%2fy", "/cases/x%5cy", "/cases/x%00", "/cases/./counts" })
    void encodedOrRelativeSegmentsAreRefusedAsMalformed(String path) {
        Problems.assertProblem(given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"))).urlEncodingEnabled(false)
                .auth().oauth2(Tokens.caseworker()).when().get(path), 400);
    }
}
