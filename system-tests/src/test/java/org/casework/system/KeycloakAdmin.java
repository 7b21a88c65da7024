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

    /**
     * A public client people sign in through with MFA (minimum level 2) whose tokens carry every realm
     * role the person holds (full scope), the casework-api audience and org_id: what no realm client
     * gives, so the tests can show what the services do with roles a person should never present.
     */
    void ensureFullScopePersonClient(String clientId, String redirectUri) throws Exception {
        if (clientOrNull(clientId) != null) {
            return;
        }
        ObjectNode c = JSON.createObjectNode();
        c.put("clientId", clientId).put("enabled", true).put("protocol", "openid-connect").put("publicClient", true)
                .put("standardFlowEnabled", true).put("directAccessGrantsEnabled", false).put("fullScopeAllowed", true);
        c.putArray("redirectUris").add(redirectUri);
        c.putObject("attributes").put("pkce.code.challenge.method", "S256").put("minimum.acr.value", "2")
                .put("default.acr.values", "2");
        ArrayNode mappers = c.putArray("protocolMappers");
        ObjectNode audience = mappers.addObject();
        audience.put("name", "audience casework-api").put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper");
        audience.putObject("config").put("included.custom.audience", "casework-api").put("access.token.claim", "true");
        ObjectNode org = mappers.addObject();
        org.put("name", "org_id").put("protocol", "openid-connect").put("protocolMapper", "oidc-usermodel-attribute-mapper");
        org.putObject("config").put("user.attribute", "org_id").put("claim.name", "org_id").put("jsonType.label", "String")
                .put("access.token.claim", "true");
        send("POST", clients(), c, 201);
    }

    /**
     * A person made for the security tests, unless they exist: a password, a one-time-code secret, the
     * given realm roles, and an organisation (org_id) unless null.
     */
    void ensureTestUser(String username, String password, String totpSecret, List<String> realmRoles, String organisationId)
            throws Exception {
        String users = base + "/admin/realms/" + realm + "/users";
        if (!get(users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).isEmpty()) {
            return;
        }
        ObjectNode u = JSON.createObjectNode();
        u.put("username", username).put("enabled", true).put("email", username + "@tests.casework.example")
                .put("emailVerified", true).put("firstName", "Security").put("lastName", "Tests");
        if (organisationId != null) {
            u.putObject("attributes").putArray("org_id").add(organisationId);
        }
        ArrayNode credentials = u.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        credentials.addObject().put("type", "otp").put("userLabel", "security tests")
                .put("secretData", "{\"value\": \"" + totpSecret + "\"}")
                .put("credentialData", "{\"subType\": \"totp\", \"digits\": 6, \"counter\": 0, \"period\": 30, "
                        + "\"algorithm\": \"HmacSHA1\"}");
        send("POST", users, u, 201);
        String id = get(users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).get(0).path("id").asText();
        ArrayNode roles = JSON.createArrayNode();
        for (String role : realmRoles) {
            roles.add(get(base + "/admin/realms/" + realm + "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8)));
        }
        send("POST", users + "/" + id + "/role-mappings/realm", roles, 204);
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin API refused GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
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
