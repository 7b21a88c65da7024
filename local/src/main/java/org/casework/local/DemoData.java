package org.casework.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeds the reference case through the public API, as the demo users would: the NHS software
 * supplier group of three legal entities, 82,946 people affected, special-category data, a finding
 * under UK GDPR Art 32(1), assigned and under investigation, and a draft notice of intent for £6,090,000.
 * Runs only on an empty case list.
 */
final class DemoData {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final SignIn signIn;
    private final DemoUsers users;
    private final String caseService;
    private final String noticeService;

    DemoData(SignIn signIn, DemoUsers users, String caseService, String noticeService) {
        this.signIn = signIn;
        this.users = users;
        this.caseService = caseService;
        this.noticeService = noticeService;
    }

    /** Answers the reference of the demo case, seeding it if there is none. */
    String seed() throws IOException, InterruptedException {
        String caseworker = signIn.accessToken(users.named("ada"), SignIn.Client.web());
        JsonNode list = call(caseService, "GET", "/cases?limit=1", caseworker, null, null);
        if (list.path("items").size() > 0) {
            return list.path("items").get(0).path("reference").asText() + " (already there)";
        }
        JsonNode created = call(caseService, "POST", "/cases", caseworker, resource("reference-case.json"), null);
        String id = created.path("id").asText();
        call(caseService, "POST", "/cases/" + id + "/findings", caseworker, """
                {"provision": "UK GDPR Art 32(1)",
                 "description": "No multi-factor authentication on the customer remote-access account through which the attacker entered; vulnerability scanning and patch management were not comprehensive."}
                """, null);
        call(caseService, "PUT", "/cases/" + id + "/assignee", caseworker,
                "{\"caseworker\": \"" + users.named("ada").subject() + "\"}", "*");
        call(caseService, "POST", "/cases/" + id + "/transitions", signIn.accessToken(users.named("grace"), SignIn.Client.web()),
                "{\"to\": \"INVESTIGATING\", \"reason\": \"Breach report assessed: serious, special-category data\"}", null);
        call(noticeService, "POST", "/notices", caseworker,
                resource("reference-notice-of-intent.json").replace("${caseId}", id), null);
        return created.path("reference").asText();
    }

    private JsonNode call(String service, String method, String path, String token, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return mapper.readTree(response.body());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
