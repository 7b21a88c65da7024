package org.casework.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.casework.web.view.CurrentUser;

/**
 * Every API call carries the signed-in person's own access token, so each service checks (and audits) the
 * person, never the web UI, which holds no credentials of its own for the APIs. The token is never logged.
 */
@ApplicationScoped
public class UserToken implements ClientRequestFilter {

    private final CurrentUser user;

    public UserToken(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String token = user.accessToken();
        if (!token.isEmpty()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }
}
