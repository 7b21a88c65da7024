package org.casework.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A development OpenID Connect issuer: discovery, JWKS and signed tokens for the demo clients,
 * through the client-credentials grant. It proves nothing about a person (no password, no second
 * factor): it only stands in for the regulator's Keycloak on a developer's machine.
 */
final class DevTokenIssuer implements AutoCloseable {

    static final String REALM = "regulator";
    private final MockOAuth2Server server;
    private final int port;

    DevTokenIssuer(int port) {
        this.port = port;
        this.server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config()));
    }

    void start() throws UnknownHostException {
        server.start(InetAddress.getByName("127.0.0.1"), port);
    }

    String issuerUrl() {
        return "http://127.0.0.1:" + port + "/" + REALM;
    }

    String tokenUrl() {
        return issuerUrl() + "/token";
    }

    private static String config() {
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (DemoClients.DemoClient client : DemoClients.ALL) {
            Map<String, Object> mapping = new LinkedHashMap<>();
            mapping.put("requestParam", "client_id");
            mapping.put("match", client.clientId());
            mapping.put("claims", client.claims());
            mappings.add(mapping);
        }
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("issuerId", REALM);
        callback.put("tokenExpiry", 3600);
        callback.put("requestMappings", mappings);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("interactiveLogin", false);
        config.put("tokenCallbacks", List.of(callback));
        try {
            return new ObjectMapper().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
