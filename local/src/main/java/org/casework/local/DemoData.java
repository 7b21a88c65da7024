package org.casework.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeds the reference case through the public API, as the demo users would: the NHS software
 * supplier group of three legal entities, 82,946 people affected, special-category data, a finding
 * under UK GDPR Art 32(1), assigned and under investigation, and a draft notice of intent for £6,090,000.
 *
 * <p>The reference case is found by what it is (its organisation's id and its title, the oldest such
 * case), never by being the latest; each step is done only if missing, and every write carries a key
 * derived from the seed, so a second run, or one after an interrupted first, never makes a second case.
 * The end-to-end tests seed through this too: {@code new DemoData(suite::staff, suite.users, casesUrl,
 * noticesUrl).seed()}.
 */
public final class DemoData {

    /** A signed-in staff person's access token (ada opens the case, grace moves it on). */
    @FunctionalInterface
    public interface StaffTokens {
        String accessToken(String username) throws Exception;
    }

    /** The reference case: ids and reference to open it by, and whether it was there before this seed. */
    public record ReferenceCase(String caseId, String reference, String noticeOfIntentId, boolean alreadyThere) {
    }

    static final String ORGANISATION_ID = "org-nhs-supplier";
    static final String PROVISION = "UK GDPR Art 32(1)";
    private static final String CASEWORKER = "ada";
    private static final String DECISION_MAKER = "grace";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final StaffTokens tokens;
    private final DemoUsers users;
    private final String caseService;
    private final String noticeService;

    public DemoData(StaffTokens tokens, DemoUsers users, String caseService, String noticeService) {
        this.tokens = tokens;
        this.users = users;
        this.caseService = caseService;
        this.noticeService = noticeService;
    }

    /** Finds the reference case, completing whatever is missing, or seeds it. */
    public ReferenceCase seed() throws Exception {
        String caseworker = tokens.accessToken(CASEWORKER);
        String caseFacts = resource("reference-case.json");
        String title = mapper.readTree(caseFacts).path("title").asText();
        String id = find(title, caseworker);
        boolean alreadyThere = id != null;
        if (id == null) {
            id = call(caseService, "POST", "/cases", caseworker, caseFacts, key("case", caseFacts)).path("id").asText();
        }
        JsonNode found = call(caseService, "GET", "/cases/" + id, caseworker, null, null);
        if (found.path("findings").findValues("provision").stream().noneMatch(p -> p.asText().equals(PROVISION))) {
            String finding = resource("reference-finding.json");
            call(caseService, "POST", "/cases/" + id + "/findings", caseworker, finding, key("finding", finding));
        }
        if (found.path("assignee").isNull() || found.path("assignee").isMissingNode()) {
            call(caseService, "PUT", "/cases/" + id + "/assignee", caseworker,
                    "{\"caseworker\": \"" + users.named(CASEWORKER).subject() + "\"}", null);
        }
        if (found.path("status").asText().equals("OPEN")) {
            String move = "{\"to\": \"INVESTIGATING\", \"reason\": \"Breach report assessed: serious, special-category data\"}";
            call(caseService, "POST", "/cases/" + id + "/transitions", tokens.accessToken(DECISION_MAKER), move,
                    key("investigating", move));
        }
        return new ReferenceCase(id, found.path("reference").asText(), noticeOfIntent(id, caseworker), alreadyThere);
    }

    /** The oldest case of the reference organisation with the reference title, or null. */
    private String find(String title, String token) throws IOException, InterruptedException {
        String after = null;
        do {
            JsonNode page = call(caseService, "GET", "/cases?sort=opened&limit=200&organisation=" + ORGANISATION_ID
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), token, null, null);
            for (JsonNode item : page.path("items")) {
                if (ORGANISATION_ID.equals(item.path("organisationId").asText()) && title.equals(item.path("title").asText())) {
                    return item.path("id").asText();
                }
            }
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return null;
    }

    private String noticeOfIntent(String caseId, String token) throws IOException, InterruptedException {
        for (JsonNode notice : call(noticeService, "GET", "/notices?limit=200&caseId=" + caseId, token, null, null).path("items")) {
            if (notice.path("type").asText().equals("NOTICE_OF_INTENT")) {
                return notice.path("id").asText();
            }
        }
        String draft = resource("reference-notice-of-intent.json").replace("${caseId}", caseId);
        return call(noticeService, "POST", "/notices", token, draft, key("notice-of-intent", draft)).path("id").asText();
    }

    /** The same key for the same step of the same seed, so the services do a repeated write once. */
    private static String key(String step, String body) {
        return "casework-demo-reference-" + step + "-"
                + HexFormat.of().formatHex(KeycloakServer.sha256(body.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private JsonNode call(String service, String method, String path, String token, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (method.equals("PUT")) {
            request.header("If-Match", "*");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + service + path.replaceAll("\\?.*", "") + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return mapper.readTree(response.body());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
