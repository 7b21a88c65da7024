package org.casework.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The OIDC test server (discovery document, JWKS, tokens signed with its key), wired straight into
 * the service's OIDC settings so the same configuration serves {@code @QuarkusTest} and the packaged
 * application of {@code @QuarkusIntegrationTest}.
 */
public class TokenIssuerResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        return config;
    }
}
