package org.casework.platform.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * The checkpoint signer, from {@code casework.audit.signing-key}. In dev and test mode a missing key falls back
 * to the development key shipped in platform resources (it is public, so it proves nothing); in the prod profile
 * a missing key stops the service from starting, since unsigned checkpoints would be worthless.
 */
@ApplicationScoped
public class AuditKeys {

    static final String DEVELOPMENT_KEY = "/audit/DEVELOPMENT-ONLY-audit-signing-key.pem";
    private static final Logger LOG = Logger.getLogger(AuditKeys.class);

    @Produces
    @Singleton
    CheckpointSigner signer(@ConfigProperty(name = "quarkus.application.name") String log,
            @ConfigProperty(name = "casework.audit.signing-key") Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String pem = configured.get();
            if (pem.strip().equals(developmentKey().strip())) {
                LOG.warn("the audit log signs checkpoints with the public development key: for local runs only");
            }
            return new CheckpointSigner(log, pem);
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("casework.audit.signing-key (env CASEWORK_AUDIT_SIGNING_KEY) is not set: "
                    + "the audit log cannot sign its checkpoints");
        }
        return new CheckpointSigner(log, developmentKey());
    }

    public static String developmentKey() {
        try (InputStream in = AuditKeys.class.getResourceAsStream(DEVELOPMENT_KEY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the development audit key is missing from the platform", e);
        }
    }
}
