package org.casework.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server in the place of case-service, notice-service and representation-service, each
 * under its own path prefix (their paths overlap: all three have /audit). {@link #defaults()} answers
 * every read a page makes with the fixtures in {@code stubs/}; a test adds its own answers on top.
 */
public class ApiStubs implements QuarkusTestResourceLifecycleManager {

    public static final String CASES = "/case-service";
    public static final String NOTICES = "/notice-service";
    public static final String REPRESENTATIONS = "/representation-service";

    public static final String CASE_ID = "5a1e0000-0000-4000-8000-000000000001";
    public static final String NOI_ID = "90110000-0000-4000-8000-000000000001";
    public static final String REPRESENTATION_ID = "4e900000-0000-4000-8000-000000000001";
    public static final String FILE_ID = "f1100000-0000-4000-8000-000000000001";
    public static final String EXTENSION_ID = "e7700000-0000-4000-8000-000000000001";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
        }
        return Map.of(
                "casework.web.case-service", server.baseUrl() + CASES,
                "casework.web.notice-service", server.baseUrl() + NOTICES,
                "casework.web.representation-service", server.baseUrl() + REPRESENTATIONS,
                "quarkus.oidc.credentials.secret", "test-secret");
    }

    @Override
    public void stop() {
        // kept for the JVM's life: later test classes reuse it
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forgets every answer and call, then answers every page's reads with the fixtures. */
    public static void defaults() {
        server.resetAll();
        answer(CASES, "/cases/" + CASE_ID, "case.json");
        answer(CASES, "/cases/" + CASE_ID + "/timeline", "timeline.json");
        answer(CASES, "/cases", "cases.json");
        answer(CASES, "/cases/counts", "counts.json");
        answer(NOTICES, "/notices", "notices.json");
        answer(NOTICES, "/notices/" + NOI_ID, "notice-draft.json");
        answer(NOTICES, "/deadlines", "deadlines.json");
        answer(NOTICES, "/register", "register.json");
        answer(REPRESENTATIONS, "/representations", "representations.json");
        answer(REPRESENTATIONS, "/representations/" + REPRESENTATION_ID, "representation.json");
        answer(REPRESENTATIONS, "/extension-requests", "extension-requests.json");
        for (String service : new String[] { CASES, NOTICES, REPRESENTATIONS }) {
            answer(service, "/audit/verify", "audit-verify.json");
            answer(service, "/audit/events", "audit-events.json");
        }
    }

    /** GET of {@code path} (any query) answers the fixture. */
    public static void answer(String service, String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(service + path)).willReturn(json(200, fixture(fixture))));
    }

    public static void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static ResponseDefinitionBuilder problem(int status, String title, String detail, String errorsJson) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"" + (errorsJson == null ? "" : ",\"errors\":" + errorsJson) + "}";
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    public static String fixture(String name) {
        try (InputStream in = ApiStubs.class.getResourceAsStream("/stubs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture stubs/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
