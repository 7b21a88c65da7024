package org.casework.web;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.casework.web.testing.StubAnswers.fixture;
import static org.casework.web.testing.StubAnswers.json;
import static org.casework.web.testing.StubAnswers.problem;

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
    /** The identity provider's users (Keycloak admin REST) and the token endpoint the directory client uses. */
    public static final String DIRECTORY = "/directory";
    public static final String DIRECTORY_TOKEN = "directory-token";

    public static final String CASE_ID = "5a1e0000-0000-4000-8000-000000000001";
    /** A case with nothing optional recorded ({@code case-sparse.json}). */
    public static final String SPARSE_CASE_ID = "5a1e0000-0000-4000-8000-000000000002";
    /** The notices of {@code notices.json}, one in each state, each also answered on its own. */
    public static final String NOI_ID = "90110000-0000-4000-8000-000000000001";
    public static final String DRAFT_ID = "90110000-0000-4000-8000-000000000002";
    public static final String PENDING_ID = "90110000-0000-4000-8000-000000000003";
    public static final String WITHDRAWN_ID = "90110000-0000-4000-8000-000000000004";
    public static final String PENALTY_ID = "90110000-0000-4000-8000-000000000005";
    /** A draft penalty notice that cannot be issued yet, not in the case's list ({@code notice-draft-missing.json}). */
    public static final String MISSING_ID = "90110000-0000-4000-8000-000000000006";
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
                "quarkus.oidc.credentials.secret", "test-secret",
                "casework.web.directory.url", server.baseUrl() + DIRECTORY,
                "quarkus.oidc-client.auth-server-url", server.baseUrl() + DIRECTORY,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "quarkus.oidc-client.credentials.secret", "directory-secret");
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
        answer(CASES, "/cases/" + SPARSE_CASE_ID, "case-sparse.json");
        answer(CASES, "/cases/" + SPARSE_CASE_ID + "/timeline", "page-empty.json");
        answer(NOTICES, "/notices", "notices.json");
        answer(NOTICES, "/notices/" + NOI_ID, "notice-issued.json");
        answer(NOTICES, "/notices/" + DRAFT_ID, "notice-draft.json");
        answer(NOTICES, "/notices/" + PENDING_ID, "notice-draft-pending.json");
        answer(NOTICES, "/notices/" + WITHDRAWN_ID, "notice-withdrawn.json");
        answer(NOTICES, "/notices/" + PENALTY_ID, "notice-penalty-settled.json");
        answer(NOTICES, "/notices/" + MISSING_ID, "notice-draft-missing.json");
        answer(NOTICES, "/deadlines", "deadlines.json");
        answer(NOTICES, "/register", "register.json");
        // the issued notice of intent has a representation and requests for more time; the withdrawn one
        // has none, and representation-service has no window for it (404)
        answerFor(REPRESENTATIONS, "/representations", NOI_ID, json(200, fixture("representations.json")));
        answerFor(REPRESENTATIONS, "/representations", WITHDRAWN_ID, json(200, fixture("page-empty.json")));
        answerFor(REPRESENTATIONS, "/extension-requests", NOI_ID, json(200, fixture("extension-requests.json")));
        answerFor(REPRESENTATIONS, "/extension-requests", WITHDRAWN_ID, problem(404, "Not found", "No window", null));
        answer(REPRESENTATIONS, "/representations/" + REPRESENTATION_ID, "representation.json");
        answer(REPRESENTATIONS, "/representations/to-consider", "page-empty.json");
        answer(REPRESENTATIONS, "/extension-requests/to-decide", "page-empty.json");
        answer(NOTICES, "/notices/drafts", "page-empty.json");
        for (String service : new String[] { CASES, NOTICES, REPRESENTATIONS }) {
            answer(service, "/audit/verify", "audit-verify.json");
            answer(service, "/audit/events", "audit-events.json");
        }
        directory();
    }

    /** The directory knows the people of {@link People} by name, and the notice-service's account; no one else. */
    public static void directory() {
        server.stubFor(post(urlPathEqualTo(DIRECTORY + "/token")).withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(json(200, "{\"access_token\":\"" + DIRECTORY_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlPathMatching(DIRECTORY + "/users/.*")).willReturn(json(404, "{\"error\":\"User not found\"}")));
        person(People.ADA, "ada", "Ada", "Byron");
        person(People.GRACE, "grace", "Grace", "Hopper");
        person(People.ALAN, "alan", "Alan", "Turing");
        person(People.NOTICE_SERVICE, "service-account-notice-service", null, null);
    }

    private static void person(String id, String username, String first, String last) {
        server.stubFor(get(urlPathEqualTo(DIRECTORY + "/users/" + id)).withHeader("Authorization", equalTo("Bearer " + DIRECTORY_TOKEN))
                .willReturn(json(200, "{\"id\":\"" + id + "\",\"username\":\"" + username + "\""
                        + (first == null ? "" : ",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"")
                        + ",\"email\":\"" + username + "@example.org\",\"enabled\":true}")));
    }

    /** GET of {@code path} (any query) answers the fixture. */
    public static void answer(String service, String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(service + path)).willReturn(json(200, fixture(fixture))));
    }

    /** GET of {@code path?noticeId=<noticeId>} (any other query) answers {@code answer}. */
    public static void answerFor(String service, String path, String noticeId, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(service + path)).withQueryParam("noticeId", equalTo(noticeId)).willReturn(answer));
    }

    /** GET of {@code path} answers the fixture with each replacement made: one fixture, another state. */
    public static void answerWith(String service, String path, String fixture, String... replacements) {
        String body = fixture(fixture);
        for (int i = 0; i < replacements.length; i += 2) {
            if (!body.contains(replacements[i])) {
                throw new IllegalArgumentException(fixture + " has no " + replacements[i]);
            }
            body = body.replace(replacements[i], replacements[i + 1]);
        }
        server.stubFor(get(urlPathEqualTo(service + path)).willReturn(json(200, body)));
    }

    public static void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }
}
