package org.casework.web.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Quarkus' OIDC test server as the sign-in server: discovery, keys and an authorisation endpoint to be sent to. */
public class SignInServer extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        return config;
    }
}
