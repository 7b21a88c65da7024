package org.casework.notices.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.security.ClientCredentialsToken;

/**
 * notice-service's own client-credentials token, for representation-service's /internal API and
 * for work no person is waiting on (reconciliation).
 */
@ApplicationScoped
public class ServiceToken {

    private final ClientCredentialsToken token;

    public ServiceToken(ClientCredentialsToken token) {
        this.token = token;
    }

    public Credentials actingFor(String person) {
        try {
            return Credentials.ofService(token.accessToken(), person);
        } catch (ClientCredentialsToken.Unavailable e) {
            throw new DownstreamUnavailableException("token issuer", e.getMessage(), e.getCause());
        }
    }
}
