package org.casework.platform.audit.witness;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The service's own client-credentials token (quarkus.oidc-client, its realm client), which the peers
 * see as {@code client:<this service>}. Kept until shortly before it expires.
 */
@ApplicationScoped
public class WitnessToken {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient oidcClient;
    private volatile Tokens tokens;

    public WitnessToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    public String authorization() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            try {
                current = oidcClient.getTokens().await().atMost(FETCH_TIMEOUT);
            } catch (RuntimeException e) {
                throw new PeerUnavailableException("no service token could be obtained", e);
            }
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }
}
