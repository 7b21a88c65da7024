package org.casework.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Puts the identity Quarkus OIDC has just verified into {@link VerifiedTokens}. Quarkus runs augmentors
 * only after a provider succeeded, in descending priority, each on the previous one's result: at the
 * highest priority this one sees the provider's identity as it was produced, before {@link CallerAugmentor}
 * (default priority) refuses a person without MFA or rebuilds roles. It changes nothing.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.record(identity);
        return Uni.createFrom().item(identity);
    }
}
