package org.casework.cases.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.casework.cases.CaseRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every caller is limited per class of operation, is told so on every answer, and past the quota changes nothing. */
@QuarkusTest
@TestProfile(RateLimitApiTest.SmallQuotas.class)
class RateLimitApiTest {

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.rate-limit.person.read", "3", "casework.rate-limit.person.change", "2",
                    "casework.rate-limit.client.read", "4", "casework.rate-limit.anonymous.read", "2",
                    "casework.rate-limit.window", "1h");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aPersonsReadsAreCountedOnEveryAnswerAndTheFourthIsRefusedWithRetryAfter() {
        String token = Tokens.caseworker("rate-reader-" + UUID.randomUUID());
        for (int remaining = 2; remaining >= 0; remaining--) {
            Response ok = given().auth().oauth2(token).get("/cases?limit=1");
            ok.then().statusCode(200).header("RateLimit-Policy", equalTo("\"read\";q=3;w=3600"))
                    .header("RateLimit", matchesPattern("\"read\";r=" + remaining + ";t=\\d+"));
        }

        Response refused = given().auth().oauth2(token).get("/cases?limit=1");

        refused.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"read\";r=0;t=\\d+"))
                .body("title", equalTo("Too many requests")).body("quota", equalTo(3)).body("policy", equalTo("read"));
        assertThat(Long.parseLong(refused.header("Retry-After")) <= 3600, equalTo(true));
    }

    @Test
    void changesHaveTheirOwnQuotaAndAChangePastItIsNotMade() throws Exception {
        String subject = "rate-changer-" + UUID.randomUUID();
        String token = Tokens.caseworker(subject);
        open(token).then().statusCode(201).header("RateLimit", matchesPattern("\"change\";r=1;t=\\d+"));
        open(token).then().statusCode(201);

        open(token).then().statusCode(429).header("Retry-After", matchesPattern("\\d+"));

        assertThat(casesOpenedBy(subject), equalTo(2));
        // Reads are another class: the person may still look.
        given().auth().oauth2(token).get("/cases?limit=1").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"read\";q=3;w=3600"));
    }

    @Test
    void eachPersonHasTheirOwnQuota() {
        String first = Tokens.caseworker("rate-first-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(first).get("/cases?limit=1").then().statusCode(200);
        }
        given().auth().oauth2(first).get("/cases?limit=1").then().statusCode(429);

        given().auth().oauth2(Tokens.caseworker("rate-second-" + UUID.randomUUID())).get("/cases?limit=1")
                .then().statusCode(200).header("RateLimit", matchesPattern("\"read\";r=2;t=\\d+"));
    }

    /** Refusals count too, by address for a caller without a valid token, and carry the fields. */
    @Test
    void anAnonymousCallerIsCountedByAddressAndRefusedPastItsQuota() {
        String path = "/cases/" + UUID.randomUUID();
        Response first = given().get(path);
        first.then().statusCode(401).header("RateLimit-Policy", equalTo("\"read\";q=2;w=3600"));
        given().auth().oauth2("not-a-token").get(path).then().statusCode(401);

        given().get(path).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"));
    }

    @Test
    void probesAreNeverLimited() {
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
        }
    }

    private static Response open(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(CaseRequests.newCase()).post("/cases");
    }

    private int casesOpenedBy(String subject) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement("select count(*) from investigation_case where opened_by = ?")) {
            count.setString(1, subject);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
