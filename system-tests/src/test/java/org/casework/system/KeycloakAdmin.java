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

/**
 * What an operator does in the admin console when the web UI moves: registers its address as a
 * redirect (and post-sign-out) address of the casework-web client. The tests' web UI runs on a free port.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakAdmin() {
    }

    static void allowWebAddress(int keycloakPort, String realm, String clientId, String webUrl) throws Exception {
        String base = "http://127.0.0.1:" + keycloakPort;
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        JsonNode token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String bearer = "Bearer " + token.path("access_token").asText();
        String clients = base + "/admin/realms/" + realm + "/clients";
        JsonNode found = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode redirects = (ArrayNode) client.get("redirectUris");
        redirects.add(webUrl + "/*");
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        List<String> logout = new ArrayList<>(List.of(attributes.path("post.logout.redirect.uris").asText("").split("##")));
        logout.add(webUrl + "/*");
        attributes.put("post.logout.redirect.uris", String.join("##", logout));
        HttpResponse<String> updated = http.send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build(), HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the web UI's address: " + updated.statusCode() + " " + updated.body());
        }
    }
}
