package org.casework.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An address or headers too large are refused with a problem document, not the server's empty answer. */
@QuarkusTest
class RequestLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/test-only/echo")
    URL echo;

    @Test
    void aSearchOfFiveThousandCharactersIsRefusedWithAProblemSaying414() throws Exception {
        HttpResponse<String> answer = get("?q=" + "a".repeat(5_000), null);

        assertEquals(414, answer.statusCode());
        assertProblem(answer, "urn:casework:problem:uri-too-long");
        assertTrue(answer.body().contains("5,018 characters long; this service accepts at most 4,096"), answer.body());
    }

    @Test
    void anAddressJustWithinTheLimitIsServed() throws Exception {
        String query = "?q=" + "a".repeat(4_096 - "/test-only/echo?q=".length());

        HttpResponse<String> answer = get(query, null);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("q has 4078 characters", answer.body());
    }

    @Test
    void anAddressFarBeyondTheOldServerLimitIsStillAProblem() throws Exception {
        HttpResponse<String> answer = get("?q=" + "a".repeat(60_000), null);

        assertEquals(414, answer.statusCode());
        assertProblem(answer, "urn:casework:problem:uri-too-long");
    }

    @Test
    void headersOverTheLimitAreRefusedWithAProblemSaying431() throws Exception {
        HttpResponse<String> answer = get("", "a".repeat(25_000));

        assertEquals(431, answer.statusCode());
        assertProblem(answer, "urn:casework:problem:headers-too-large");
        assertTrue(answer.body().contains("this service accepts at most 20,480"), answer.body());
    }

    @Test
    void largeButAllowedHeadersAreServed() throws Exception {
        HttpResponse<String> answer = get("", "a".repeat(15_000));

        assertEquals(200, answer.statusCode(), answer.body());
    }

    private HttpResponse<String> get(String query, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(echo + query)).GET();
        if (cookie != null) {
            request.header("Cookie", "big=" + cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, String type) {
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"" + type + "\""), answer.body());
        assertTrue(answer.body().contains("\"status\":" + answer.statusCode()), answer.body());
    }
}
