package org.casework.notices.client;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * notice-service's own client-credentials token, for representation-service's /internal API and
 * for work no person is waiting on (reconciliation). Kept until shortly before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient oidcClient;
    private volatile Tokens tokens;

    public ServiceToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    public Credentials actingFor(String person) {
        return Credentials.ofService(accessToken(), person);
    }

    private String accessToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            try {
                current = oidcClient.getTokens().await().atMost(FETCH_TIMEOUT);
            } catch (RuntimeException e) {
                throw new DownstreamUnavailableException("token issuer", "no service token could be obtained", e);
            }
            tokens = current;
        }
        return current.getAccessToken();
    }
}
