package org.casework.platform.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Decides what kind of caller a verified token belongs to, and refuses a person without MFA.
 *
 * <ul>
 * <li>A machine client holds the role {@code service} and no person role: it keeps only
 * {@code service}, so it reaches nothing but the operations that allow that role.</li>
 * <li>Anyone else is a person: the token's {@code acr} must be one of the MFA values on every
 * request, otherwise authentication fails (no identity, whatever roles the token lists). A person
 * never acts as a service, so {@code service} is removed from their roles.</li>
 * </ul>
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    public static final String KIND_ATTRIBUTE = "casework.caller-kind";
    public static final String KIND_SERVICE = "service";
    public static final String KIND_PERSON = "person";

    private final SecurityConfig config;

    public CallerAugmentor(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = identity.getRoles();
        boolean machine = roles.contains(Roles.SERVICE) && roles.stream().noneMatch(Roles.PERSON_ROLES::contains);
        if (machine) {
            return Uni.createFrom().item(rebuild(identity, Set.of(Roles.SERVICE), KIND_SERVICE));
        }
        String acr = Claims.text(token, "acr");
        if (acr == null || !config.mfaAcrValues().contains(acr)) {
            return Uni.createFrom().failure(MfaRequiredException.asAuthenticationFailure());
        }
        Set<String> personRoles = new HashSet<>(roles);
        personRoles.retainAll(Roles.PERSON_ROLES);
        return Uni.createFrom().item(rebuild(identity, personRoles, KIND_PERSON));
    }

    private static SecurityIdentity rebuild(SecurityIdentity identity, Set<String> roles, String kind) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addAttribute(KIND_ATTRIBUTE, kind)
                .addPermissionChecker(p -> Uni.createFrom().item(false))
                .build();
    }
}
