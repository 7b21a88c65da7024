package org.casework.portal.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in organisation representative as the layout shows them: their name and organisation. */
@RequestScoped
public class SignedIn {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String subject() {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String given = claim(jwt, "given_name");
            String family = claim(jwt, "family_name");
            if (given != null && family != null) {
                return given + " " + family;
            }
            String username = claim(jwt, "preferred_username");
            if (username != null) {
                return username;
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The organisation the token speaks for (its {@code org_id}); the APIs decide what it may see. */
    public String organisation() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? claim(jwt, "org_id") : null;
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
