package org.casework.notices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.casework.audit.proof.Signatures;
import org.casework.notices.witness.PeerLog;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** WireMock in the place of case-service and representation-service, with their answers as the tests need them. */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Gates(), new WindowProbe()));
            server.start();
            defaults();
        }
        return Map.of(
                "quarkus.rest-client.case-service.url", server.baseUrl(),
                "quarkus.rest-client.representation-service.url", server.baseUrl(),
                "quarkus.oidc-client.credentials.secret", "test-secret",
                // the audit witness's peers: WireMock again, signing with the test keys of PeerLog
                "casework.audit.witness.peers.case-service.url", PeerLog.url(server.baseUrl(), "case-service"),
                "casework.audit.witness.peers.case-service.public-key",
                Signatures.toPem(PeerLog.CASE_SERVICE_KEY.getPublic()),
                "casework.audit.witness.peers.representation-service.url",
                PeerLog.url(server.baseUrl(), "representation-service"),
                "casework.audit.witness.peers.representation-service.public-key",
                Signatures.toPem(PeerLog.REPRESENTATION_SERVICE_KEY.getPublic()));
    }

    @Override
    public void stop() {
        // kept for the JVM's life: later test classes reuse it
    }

    public static WireMockServer server() {
        return server;
    }

    public static void reset() {
        server.resetAll();
        defaults();
    }

    /**
     * What every test may rely on without asking: case-service puts a given information or assessment notice on the
     * case's timeline (the call is idempotent there, so a stub that always accepts it is faithful). At a low priority,
     * so a test can answer otherwise.
     */
    private static void defaults() {
        server.stubFor(put(urlMatching("/internal/cases/[^/]+/notices/[^/]+")).atPriority(10)
                .willReturn(json(201, "{\"id\":1,\"type\":\"NOTICE_GIVEN\"}")));
    }

    /** GET /cases/{id} answers the reference case's organisation in the given state. */
    public static void caseIs(UUID caseId, String status, String assignee) {
        server.stubFor(get(urlEqualTo("/cases/" + caseId)).willReturn(json(200, caseJson(caseId, status, assignee))));
    }

    /** GET /cases/{id} answers the case with its assignment history and the authors of its findings. */
    public static void caseWithHistory(UUID caseId, String status, String assignee, java.util.List<String> everAssigned,
            java.util.List<String> findingAuthors) {
        String assigned = everAssigned.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(","));
        String findings = findingAuthors.stream()
                .map(s -> "{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"...\",\"recordedBy\":\"" + s + "\"}")
                .collect(java.util.stream.Collectors.joining(","));
        String body = caseJson(caseId, status, assignee).replace("\"findings\":[]",
                "\"findings\":[" + findings + "],\"everAssigned\":[" + assigned + "]");
        server.stubFor(get(urlEqualTo("/cases/" + caseId)).willReturn(json(200, body)));
    }

    /** POST /cases/{id}/transitions succeeds, answering the case in its new state. */
    public static void transitionsSucceed(UUID caseId, String to) {
        server.stubFor(post(urlEqualTo("/cases/" + caseId + "/transitions"))
                .willReturn(json(200, caseJson(caseId, to, "caseworker-ada"))));
    }

    public static void transitions(UUID caseId, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo("/cases/" + caseId + "/transitions")).willReturn(answer));
    }

    public static MappingBuilder transitionCall(UUID caseId) {
        return post(urlEqualTo("/cases/" + caseId + "/transitions"));
    }

    /**
     * A gate on a stub: the stub's answer waits until the test opens the gate, and the test can wait
     * until a request has reached it. Tests order events with it instead of racing sleeps against delays.
     */
    public static Gates.Gate gate(String name) {
        return Gates.named(name);
    }

    /** The notice's status in the database at the moment each PUT /internal/windows/{id} for it arrived. */
    public static java.util.List<String> statusWhenWindowOpened(UUID noticeId) {
        return WindowProbe.statusesOf(noticeId);
    }

    /** PUT /internal/windows/{id} opens the window. */
    public static void windowOpens(UUID noticeId) {
        server.stubFor(put(urlEqualTo("/internal/windows/" + noticeId))
                .willReturn(json(200, windowJson(noticeId, LocalDate.now(), 0, 0, "OPEN"))));
        server.stubFor(delete(urlEqualTo("/internal/windows/" + noticeId))
                .willReturn(json(200, windowJson(noticeId, LocalDate.now(), 0, 0, "CLOSED"))));
    }

    /** GET /internal/windows/{id}: the due date after any extension, the representations received and considered. */
    public static void window(UUID noticeId, LocalDate dueOn, int received, int considered) {
        window(noticeId, dueOn, received, considered, 0, 0, 0);
    }

    /** As above, with the requests for more time and for a hearing undecided, and the hearings granted but not held. */
    public static void window(UUID noticeId, LocalDate dueOn, int received, int considered, int undecidedExtensions,
            int undecidedHearings, int hearingsNotHeld) {
        server.stubFor(get(urlEqualTo("/internal/windows/" + noticeId))
                .willReturn(json(200, windowJson(noticeId, dueOn, received, considered, "OPEN", undecidedExtensions,
                        undecidedHearings, hearingsNotHeld))));
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json").withBody(body);
    }

    public static String caseJson(UUID caseId, String status, String assignee) {
        return """
                {"id":"%s","reference":"INV-2024-000001","status":"%s","assignee":%s,
                 "title":"Ransomware attack on NHS software supplier","summary":"...","source":"BREACH_REPORT",
                 "organisation":{"id":"org-nhs-supplier","name":"Advanced Computer Software Group",
                   "legalEntities":[
                     {"name":"Advanced Computer Software Group Limited","companyNumber":"05965280","address":"Ditton Park, Riding Court Road, Datchet, SL3 9LL"},
                     {"name":"Advanced Health and Care Limited","companyNumber":"02031639","address":"Ditton Park, Riding Court Road, Datchet, SL3 9LL"},
                     {"name":"Advanced Business Software and Solutions Limited","companyNumber":"01946476","address":null}],
                   "worldwideTurnover":{"amount":"300000000.00","currency":"GBP","financialYearEnd":"2021-12-31"}},
                 "incident":{"occurredOn":"2022-08-04","peopleAffected":82946,
                   "dataCategories":["health and care records","home access details"],"specialCategoryData":true},
                 "findings":[],"version":3}
                """.formatted(caseId, status, assignee == null ? "null" : "\"" + assignee + "\"");
    }

    static String windowJson(UUID noticeId, LocalDate dueOn, int received, int considered, String status) {
        return windowJson(noticeId, dueOn, received, considered, status, 0, 0, 0);
    }

    static String windowJson(UUID noticeId, LocalDate dueOn, int received, int considered, String status,
            int undecidedExtensions, int undecidedHearings, int hearingsNotHeld) {
        return """
                {"noticeId":"%s","caseId":"%s","organisationId":"org-nhs-supplier","dueOn":"%s","status":"%s",
                 "representationsReceived":%d,"representationsConsidered":%d,
                 "undecidedExtensionRequests":%d,"undecidedHearingRequests":%d,"hearingsNotHeld":%d}
                """.formatted(noticeId, UUID.randomUUID(), dueOn, status, received, considered, undecidedExtensions,
                        undecidedHearings, hearingsNotHeld);
    }
}
