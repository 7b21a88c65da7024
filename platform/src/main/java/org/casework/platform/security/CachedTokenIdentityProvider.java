package org.casework.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Answers a bearer token from {@link VerifiedTokens} before Quarkus OIDC verifies it. Quarkus asks the
 * providers of a request type in descending priority and passes on to the next when one answers a null
 * item; the OIDC provider has the default priority ({@value IdentityProvider#SYSTEM_FIRST} + 1), so this
 * one, above it, sees every token first and hands on whatever it has no verified identity for.
 *
 * <p>The identity it answers is the one OIDC produced, before any augmentor ran: {@link CallerAugmentor}
 * (MFA {@code acr}, roles) still runs on every request, hit or not. {@code @Inject JsonWebToken} reads the
 * identity's principal, which is OIDC's own principal for that token, so injection is the same on a hit.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final int PRIORITY = SYSTEM_FIRST + 1000;

    private final VerifiedTokens tokens;

    public CachedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // Only bearer access tokens: an ID token of a sign-in session is OIDC's business alone.
        if (!(request.getToken() instanceof AccessTokenCredential credential) || credential.getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = tokens.answer(credential.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request),
                context);
        return known == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(known);
    }
}
