package org.casework.web.view;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person: who they are, what they may do, and the access token the APIs check. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object given = jwt.getClaim("given_name");
            Object family = jwt.getClaim("family_name");
            if (given != null && family != null) {
                return clean(given) + " " + clean(family);
            }
            Object username = jwt.getClaim("preferred_username");
            if (username != null) {
                return clean(username);
            }
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isCaseworker() {
        return identity.hasRole("caseworker");
    }

    public boolean isDecisionMaker() {
        return identity.hasRole("decision-maker");
    }

    public boolean isAuditor() {
        return identity.hasRole("auditor");
    }

    public boolean isStaff() {
        return isCaseworker() || isDecisionMaker();
    }

    /** The person's access token, passed on to the APIs. */
    public String accessToken() {
        if (identity.isAnonymous()) {
            return "";
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? "" : credential.getToken();
    }

    private static String clean(Object claim) {
        String s = claim.toString();
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
