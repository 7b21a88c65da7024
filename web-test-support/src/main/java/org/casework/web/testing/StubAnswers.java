package org.casework.web.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** What the APIs answer in the web modules' page tests: JSON, problem documents, and the fixtures under {@code stubs/}. */
public final class StubAnswers {

    private StubAnswers() {
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A problem document (RFC 9457) with field errors when {@code errorsJson} is not null. */
    public static ResponseDefinitionBuilder problem(int status, String title, String detail, String errorsJson) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"" + (errorsJson == null ? "" : ",\"errors\":" + errorsJson) + "}";
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    /** The test resource {@code stubs/<name>}: an answer as the API gives it. */
    public static String fixture(String name) {
        try (InputStream in = StubAnswers.class.getResourceAsStream("/stubs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture stubs/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
