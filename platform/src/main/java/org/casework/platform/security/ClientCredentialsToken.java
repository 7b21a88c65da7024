package org.casework.platform.security;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;

/**
 * The service's own client-credentials token (quarkus.oidc-client, its realm client), for calls no person is waiting
 * on or that a service makes in its own name. Kept until shortly before it expires.
 *
 * A failed fetch is tried once more at once: the sign-in server (or a proxy before it) closes idle kept-alive
 * connections, and the HTTP client may pick one just as it closes ("Connection was closed"); a second attempt takes a
 * fresh connection. A sign-in server that is really down still fails within {@link #FETCH_TIMEOUT}.
 */
@ApplicationScoped
public class ClientCredentialsToken {

    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 2;

    private final OidcClient oidcClient;
    private volatile Tokens tokens;

    public ClientCredentialsToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    /** No token could be obtained; the cause says why. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("no service token could be obtained", cause, false, false);
        }
    }

    /** The access token; {@link Unavailable} when none could be obtained. */
    public String accessToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            try {
                // deferred: each attempt asks the client anew, so it sends a new request
                current = Uni.createFrom().deferred(oidcClient::getTokens).onFailure().retry().atMost(ATTEMPTS - 1)
                        .await().atMost(FETCH_TIMEOUT);
            } catch (RuntimeException e) {
                throw new Unavailable(e);
            }
            tokens = current;
        }
        return current.getAccessToken();
    }
}
