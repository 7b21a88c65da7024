package org.casework.platform.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is making the current request, as the audit trail and the domain rules need it.
 *
 * @param subject the token's {@code sub}
 * @param clientId the OIDC client the token was issued to ({@code azp}), if any
 * @param roles the caller's effective roles (after {@link CallerAugmentor})
 * @param acr the token's authentication context class
 * @param organisationId the {@code org_id} claim of an organisation's user, if any
 * @param service whether the caller is a machine client
 * @param onBehalfOf for a service, the person it acts for, as passed along by that service
 */
public record Caller(String subject, String clientId, Set<String> roles, String acr, String organisationId,
        boolean service, String onBehalfOf) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, Set.of(), null, null, false, null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Roles in a stable order, for the audit trail's canonical form. */
    public String rolesAsText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
