package org.casework.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the service under test the platform's development checkpoint key as {@code casework.audit.signing-key}.
 * The {@code @QuarkusTest}s would fall back to it by themselves; the packaged application of a
 * {@code @QuarkusIntegrationTest} runs in the prod profile, which refuses to start without a configured key
 * (as it must in production), so the tests hand it one, the one that is public and proves nothing.
 */
public class AuditSigningKeyResource implements QuarkusTestResourceLifecycleManager {

    private static final String DEVELOPMENT_KEY = "/audit/DEVELOPMENT-ONLY-audit-signing-key.pem";

    @Override
    public Map<String, String> start() {
        try (InputStream in = AuditSigningKeyResource.class.getResourceAsStream(DEVELOPMENT_KEY)) {
            if (in == null) {
                throw new IllegalStateException(DEVELOPMENT_KEY + " is not on the class path (platform)");
            }
            return Map.of("casework.audit.signing-key", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + DEVELOPMENT_KEY, e);
        }
    }

    @Override
    public void stop() {
        // nothing started
    }
}
