package org.casework.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like the realm's (DESIGN §7: roles in realm_access.roles, audience
 * casework-api, MFA in acr, organisation in org_id), signed by the OIDC test server's key so the
 * service verifies them against a real JWKS. Tokens that must fail are built the same way with
 * one thing wrong.
 */
public final class Tokens {

    public static final String ISSUER = System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com");
    public static final String AUDIENCE = "casework-api";

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final List<String> roles = new ArrayList<>();
    private String issuer = ISSUER;
    private Object audience = AUDIENCE;
    private long expiresAt = Instant.now().plusSeconds(600).getEpochSecond();
    private boolean foreignKey;

    private Tokens(String subject) {
        claims.put("sub", subject);
        claims.put("preferred_username", subject);
        claims.put("acr", "2");
        claims.put("azp", "casework-web");
    }

    public static Tokens person(String subject, String... roles) {
        Tokens t = new Tokens(subject);
        t.roles.addAll(List.of(roles));
        return t;
    }

    public static String caseworker() {
        return person("caseworker-1", "caseworker").sign();
    }

    public static String caseworker(String subject) {
        return person(subject, "caseworker").sign();
    }

    public static String decisionMaker() {
        return person("decision-maker-1", "decision-maker").sign();
    }

    public static String decisionMaker(String subject) {
        return person(subject, "decision-maker").sign();
    }

    public static String auditor() {
        return person("auditor-1", "auditor").sign();
    }

    public static String orgRepresentative(String organisationId) {
        return person("rep-of-" + organisationId, "org-representative").orgId(organisationId).sign();
    }

    /** A client-credentials token of one of the suite's services: role service, acr 1, no person roles. */
    public static Tokens serviceClient(String clientId) {
        Tokens t = new Tokens("service-account-" + clientId);
        t.roles.add("service");
        t.claims.put("acr", "1");
        t.claims.put("azp", clientId);
        t.claims.put("preferred_username", "service-account-" + clientId);
        return t;
    }

    public static String service() {
        return serviceClient("notice-service").sign();
    }

    public Tokens acr(String acr) {
        if (acr == null) {
            claims.remove("acr");
        } else {
            claims.put("acr", acr);
        }
        return this;
    }

    /** Adds a realm role to the token, whatever it is. */
    public Tokens withRole(String role) {
        roles.add(role);
        return this;
    }

    /** The client the token was issued to ({@code azp}); null leaves the claim out. */
    public Tokens clientId(String clientId) {
        if (clientId == null) {
            claims.remove("azp");
        } else {
            claims.put("azp", clientId);
        }
        return this;
    }

    /** The person's full name ({@code name}), as Keycloak's profile scope puts it in the access token. */
    public Tokens named(String name) {
        claims.put("name", name);
        return this;
    }

    public Tokens orgId(String organisationId) {
        claims.put("org_id", organisationId);
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public Tokens expired() {
        this.expiresAt = Instant.now().minusSeconds(300).getEpochSecond();
        return this;
    }

    /** Signs with a key the service has never seen (a token minted by someone else). */
    public Tokens signedByForeignKey() {
        this.foreignKey = true;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder builder = Jwt.claims(claims)
                .issuer(issuer)
                .audience(audience.toString())
                .claim("realm_access", Map.of("roles", roles))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(Math.min(Instant.now().getEpochSecond(), expiresAt - 60))
                .expiresAt(expiresAt);
        if (foreignKey) {
            return builder.jws().keyId("1").sign(foreignKeyPair().getPrivate());
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    private static KeyPair foreignKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
