package org.casework.platform.audit.witness;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.security.ClientCredentialsToken;

/** The service's own client-credentials token as the peers see it: {@code client:<this service>}. */
@ApplicationScoped
public class WitnessToken {

    private final ClientCredentialsToken token;

    public WitnessToken(ClientCredentialsToken token) {
        this.token = token;
    }

    public String authorization() {
        try {
            return "Bearer " + token.accessToken();
        } catch (ClientCredentialsToken.Unavailable e) {
            throw new PeerUnavailableException(e.getMessage(), e.getCause());
        }
    }
}
