package org.casework.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a packaged service ({@code @QuarkusIntegrationTest}, prod profile) a client secret for its own OIDC client: the
 * prod profile refuses to start without one (RequiredSecrets), as it must in production. The tests' token issuer does
 * not check it; the value proves nothing.
 */
public class ServiceClientSecretResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc-client.credentials.secret", "test-only-client-secret");
    }

    @Override
    public void stop() {
        // nothing started
    }
}
