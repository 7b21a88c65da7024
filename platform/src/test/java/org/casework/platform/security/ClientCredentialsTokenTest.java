package org.casework.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;

class ClientCredentialsTokenTest {

    /** Answers each token request with the next outcome queued; counts the requests. */
    static final class ScriptedClient implements OidcClient {
        final Deque<Object> outcomes = new ArrayDeque<>();
        int requests;

        ScriptedClient then(Object outcome) {
            outcomes.add(outcome);
            return this;
        }

        @Override
        public Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
            requests++;
            Object next = outcomes.poll();
            return next instanceof Throwable t ? Uni.createFrom().failure(t) : Uni.createFrom().item((Tokens) next);
        }

        @Override
        public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static Tokens token(String value) {
        long inAnHour = System.currentTimeMillis() / 1000 + 3600;
        return new Tokens(value, inAnHour, null, null, null, null, null);
    }

    @Test
    void aConnectionTheSignInServerClosedIsTriedOnceMoreOnAFreshRequest() {
        ScriptedClient client = new ScriptedClient().then(new HttpClosedException("Connection was closed"))
                .then(token("fresh"));

        assertEquals("fresh", new ClientCredentialsToken(client).accessToken());
        assertEquals(2, client.requests);
    }

    @Test
    void aSignInServerThatFailsTwiceLeavesTheCallerWithoutATokenAndTheReason() {
        ScriptedClient client = new ScriptedClient().then(new HttpClosedException("closed"))
                .then(new IllegalStateException("refused"));

        var e = assertThrows(ClientCredentialsToken.Unavailable.class, () -> new ClientCredentialsToken(client).accessToken());
        assertEquals("refused", e.getCause().getMessage());
        assertEquals(2, client.requests);
    }

    @Test
    void aTokenIsKeptUntilShortlyBeforeItExpires() {
        ScriptedClient client = new ScriptedClient().then(token("kept"));
        ClientCredentialsToken token = new ClientCredentialsToken(client);

        token.accessToken();
        assertEquals("kept", token.accessToken());
        assertEquals(1, client.requests);
    }
}
