package org.casework.platform.security;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

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
 * <li>A machine client holds the role {@code service} and no person role: it keeps {@code service}
 * and gains one role naming the client the token was issued to ({@code client:} + {@code azp}, e.g.
 * {@code client:notice-service}), so each operation can allow exactly the clients that need it.</li>
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

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

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
            return Uni.createFrom().item(rebuild(identity, machineRoles(Claims.text(token, "azp")), KIND_SERVICE));
        }
        String acr = Claims.text(token, "acr");
        if (acr == null || !config.mfaAcrValues().contains(acr)) {
            return Uni.createFrom().failure(MfaRequiredException.asAuthenticationFailure());
        }
        Set<String> personRoles = new HashSet<>(roles);
        personRoles.retainAll(Roles.PERSON_ROLES);
        return Uni.createFrom().item(rebuild(identity, personRoles, KIND_PERSON));
    }

    /**
     * {@code service} and the client's own role. The client id comes from the signed token; one that is
     * not a plain name gains no client role, so it reaches nothing a named client may call.
     */
    static Set<String> machineRoles(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            return Set.of(Roles.SERVICE);
        }
        return Set.of(Roles.SERVICE, Roles.CLIENT_PREFIX + clientId);
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
