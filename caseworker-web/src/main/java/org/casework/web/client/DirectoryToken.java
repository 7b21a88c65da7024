package org.casework.web.client;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;

/**
 * The web UI's own client-credentials token for the directory (realm client {@code casework-directory}, whose
 * account may only view users). Never a person's token, and never sent to the APIs: it has not their audience.
 * Quarkus' {@link TokensHelper} keeps it until shortly before it expires, one request for a new one at a time.
 */
@ApplicationScoped
public class DirectoryToken {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final OidcClient oidcClient;
    private final TokensHelper tokens = new TokensHelper();

    public DirectoryToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    public String authorization() {
        try {
            return "Bearer " + tokens.getTokens(oidcClient).await().atMost(FETCH_TIMEOUT).getAccessToken();
        } catch (RuntimeException e) {
            throw new DirectoryUnavailableException("no token for the directory could be obtained", e);
        }
    }
}
