package org.casework.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.casework.web.testing.StubAnswers.fixture;
import static org.casework.web.testing.StubAnswers.json;
import static org.casework.web.testing.StubAnswers.problem;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server in the place of notice-service and representation-service, each under its own path prefix.
 * {@link #defaults()} answers every read a page makes with the fixtures in {@code stubs/}; a test adds its own on top.
 */
public class PortalStubs implements QuarkusTestResourceLifecycleManager {

    public static final String NOTICES = "/notice-service";
    public static final String REPRESENTATIONS = "/representation-service";

    /** The organisation's notice of intent (its window in {@code window-open.json}). */
    public static final String NOI_ID = "90110000-0000-4000-8000-000000000001";
    /** Its penalty notice, whose payment date has passed. */
    public static final String PENALTY_ID = "90110000-0000-4000-8000-000000000005";
    /** Someone else's notice: the APIs answer 404, as for one that does not exist. */
    public static final String OTHER_ID = "90110000-0000-4000-8000-0000000000ff";
    public static final String BETTY = "a0000000-0000-4000-8000-0000000b0771";
    public static final byte[] PDF = "%PDF-1.7 the notice as given".getBytes(StandardCharsets.US_ASCII);
    public static final String PDF_SHA256 = "5b8f6c1f4e8c2a7d9e0b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
        }
        return Map.of(
                "quarkus.rest-client.notice-service.url", server.baseUrl() + NOTICES,
                "quarkus.rest-client.representation-service.url", server.baseUrl() + REPRESENTATIONS,
                "quarkus.oidc.authentication.state-secret", "a-test-state-secret-of-at-least-32-characters",
                "quarkus.oidc.token-state-manager.encryption-secret", "a-test-session-secret-of-at-least-32-characters");
    }

    @Override
    public void stop() {
        // kept for the JVM's life: later test classes reuse it
    }

    public static WireMockServer server() {
        return server;
    }

    public static void defaults() {
        server.resetAll();
        answer(NOTICES, "/portal/issued-notices", "notices.json");
        answer(NOTICES, "/portal/issued-notices/" + NOI_ID, "notice-of-intent.json");
        answer(NOTICES, "/portal/issued-notices/" + PENALTY_ID, "penalty-notice.json");
        stub(get(urlPathEqualTo(NOTICES + "/portal/issued-notices/" + NOI_ID + "/document"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "inline; filename=\"NOI-2026-0001.pdf\"")
                        .withHeader("ETag", "\"" + PDF_SHA256 + "\"").withBody(PDF)));
        answer(REPRESENTATIONS, "/portal/notices/" + NOI_ID, "window-open.json");
        for (String path : new String[] { NOTICES + "/portal/issued-notices/" + OTHER_ID, REPRESENTATIONS + "/portal/notices/" + OTHER_ID }) {
            stub(get(urlPathEqualTo(path)).willReturn(problem(404, "Not found", "Notice " + OTHER_ID + " not found", null)));
        }
    }

    public static void answer(String service, String path, String fixture) {
        stub(get(urlPathEqualTo(service + path)).willReturn(json(200, fixture(fixture))));
    }

    public static void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }
}
