package org.casework.web.client;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The web UI's own client-credentials token for the directory (realm client {@code casework-directory}, whose
 * account may only view users). Never a person's token, and never sent to the APIs: it has not their audience.
 * Kept until shortly before it expires.
 */
@ApplicationScoped
public class DirectoryToken {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final OidcClient oidcClient;
    private volatile Tokens tokens;

    public DirectoryToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    public String authorization() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            try {
                current = oidcClient.getTokens().await().atMost(FETCH_TIMEOUT);
            } catch (RuntimeException e) {
                throw new DirectoryUnavailableException("no token for the directory could be obtained", e);
            }
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }
}
