package org.casework.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The {@link Caller} of the current request, read once from the verified token. */
@RequestScoped
public class CallerContext {

    /** A service passes the person it acts for in this header; it is ignored from anyone else. */
    public static final String ON_BEHALF_OF_HEADER = "Casework-On-Behalf-Of";
    private static final int MAX_SUBJECT_LENGTH = 200;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    /**
     * The person's name as their token gives it ({@code name}, else {@code given_name} and {@code family_name}), for
     * a record that people read (who sent a representation); null for a client or a token without one. It is
     * recorded beside the subject, never instead of it: the subject is who acted, the name how to show them.
     */
    public String displayName() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || get().service()) {
            return null;
        }
        String name = Claims.text(token, "name");
        if (name == null || name.isBlank()) {
            String given = Claims.text(token, "given_name");
            String family = Claims.text(token, "family_name");
            name = given == null || family == null ? null : given + " " + family;
        }
        return cleanName(name);
    }

    /** The caller's own bearer token, to pass on to another service so its audit names the same person. */
    public String bearerToken() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            return token.getRawToken();
        }
        throw new IllegalStateException("the current request carries no bearer token");
    }

    private Caller read() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.ANONYMOUS;
        }
        boolean service = CallerAugmentor.KIND_SERVICE.equals(identity.getAttribute(CallerAugmentor.KIND_ATTRIBUTE));
        String onBehalfOf = service && request.getCurrent() != null
                ? cleanSubject(request.getCurrent().request().getHeader(ON_BEHALF_OF_HEADER)) : null;
        return new Caller(token.getSubject() == null ? token.getName() : token.getSubject(),
                Claims.text(token, "azp"),
                identity.getRoles(),
                Claims.text(token, "acr"),
                Claims.text(token, "org_id"),
                service,
                onBehalfOf);
    }

    /** A name as it will be shown: trimmed, no control characters, at most 200 characters (the column's size). */
    private static String cleanName(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_SUBJECT_LENGTH ? clean.substring(0, MAX_SUBJECT_LENGTH) : clean;
    }

    private static String cleanSubject(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_SUBJECT_LENGTH) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return value;
    }
}
