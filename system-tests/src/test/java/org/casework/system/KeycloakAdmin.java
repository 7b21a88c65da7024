package org.casework.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an operator does in Keycloak's admin console, done through its admin API for the tests. */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String realm;
    private final String bearer;

    KeycloakAdmin(int keycloakPort, String realm) throws Exception {
        this.base = "http://127.0.0.1:" + keycloakPort;
        this.realm = realm;
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        JsonNode token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        this.bearer = "Bearer " + token.path("access_token").asText();
    }

    /** Registers the web UI's address as a redirect and post-sign-out address of the casework-web client (it runs on a free port). */
    void allowWebAddress(String clientId, String webUrl) throws Exception {
        ObjectNode client = client(clientId);
        ((ArrayNode) client.get("redirectUris")).add(webUrl + "/*");
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        List<String> logout = new ArrayList<>(List.of(attributes.path("post.logout.redirect.uris").asText("").split("##")));
        logout.add(webUrl + "/*");
        attributes.put("post.logout.redirect.uris", String.join("##", logout));
        send("PUT", clients() + "/" + client.get("id").asText(), client, 204);
    }

    /**
     * A machine client made for the security tests (client credentials), unless it exists: with the
     * casework-api audience or without, with tokens living {@code lifespanSeconds}.
     */
    void ensureTestClient(String clientId, String secret, boolean withAudience, int lifespanSeconds) throws Exception {
        if (clientOrNull(clientId) != null) {
            return;
        }
        ObjectNode c = JSON.createObjectNode();
        c.put("clientId", clientId).put("enabled", true).put("protocol", "openid-connect").put("publicClient", false)
                .put("secret", secret).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false);
        c.putObject("attributes").put("access.token.lifespan", String.valueOf(lifespanSeconds));
        if (withAudience) {
            ObjectNode mapper = c.putArray("protocolMappers").addObject();
            mapper.put("name", "audience casework-api").put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper");
            mapper.putObject("config").put("included.custom.audience", "casework-api").put("access.token.claim", "true");
        }
        send("POST", clients(), c, 201);
    }

    private ObjectNode client(String clientId) throws Exception {
        ObjectNode c = clientOrNull(clientId);
        if (c == null) {
            throw new IllegalStateException("no client " + clientId);
        }
        return c;
    }

    private ObjectNode clientOrNull(String clientId) throws Exception {
        JsonNode found = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(clients() + "?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return found.isEmpty() ? null : (ObjectNode) found.get(0);
    }

    private String clients() {
        return base + "/admin/realms/" + realm + "/clients";
    }

    private void send(String method, String url, JsonNode body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("Keycloak admin API refused " + method + " " + url + ": " + r.statusCode() + " " + r.body());
        }
    }
}
