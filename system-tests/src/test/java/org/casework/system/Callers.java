package org.casework.system;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.local.DemoUsers;
import org.casework.local.SignIn;

/**
 * The callers of the authorisation matrix, each as the Authorization header it sends (null: none).
 * All tokens come from the real Keycloak except the forged one, which is signed with a key of its own.
 * Two kinds of person no realm client produces are made in the tests' own Keycloak through its admin
 * API: an organisation's representative whose account has no organisation (org_id), and a person who
 * holds the {@code service} role as well as org-representative of betty's organisation, signed in with
 * MFA through a test client whose tokens carry every role the person holds.
 */
final class Callers {

    static final List<String> NAMES = List.of("none", "expired", "foreign-issuer", "wrong-audience", "password-only",
            "caseworker", "decision-maker", "auditor", "org-owner", "org-other", "org-without-id", "person-claiming-service",
            "case-service", "notice-service", "representation-service");

    /** The machine callers, each a realm client with its secret (client credentials). */
    static final Map<String, String> SERVICE_CLIENTS = Map.of("case-service", "local-case-service-secret", "notice-service",
            "local-notice-service-secret", "representation-service", "local-representation-service-secret");

    /**
     * The machine callers' tokens (client credentials) live five minutes: the callers are minted again once they are two
     * minutes old, so a test that takes them never holds one that expires under it, whatever ran before it.
     */
    private static final long MAX_AGE_NANOS = java.time.Duration.ofMinutes(2).toNanos();
    private static Map<String, String> headers;
    private static long mintedAt;

    private Callers() {
    }

    static synchronized Map<String, String> all(Suite suite) throws Exception {
        if (headers == null || System.nanoTime() - mintedAt > MAX_AGE_NANOS) {
            long minting = System.nanoTime();
            KeycloakAdmin admin = suite.admin();
            admin.ensureTestClient("security-tests-short-lived", "security-tests-short-lived-secret", true, 1);
            admin.ensureTestClient("security-tests-no-audience", "security-tests-no-audience-secret", false, 300);
            String expiring = suite.machine("security-tests-short-lived", "security-tests-short-lived-secret");
            Map<String, String> h = new LinkedHashMap<>();
            h.put("none", null);
            h.put("foreign-issuer", bearer(forged(suite)));
            h.put("wrong-audience", bearer(suite.machine("security-tests-no-audience", "security-tests-no-audience-secret")));
            h.put("password-only", bearer(suite.passwordOnly("alan")));
            h.put("caseworker", bearer(suite.staff("ada")));
            h.put("decision-maker", bearer(suite.staff("grace")));
            h.put("auditor", bearer(suite.staff("alan")));
            h.put("org-owner", bearer(suite.organisation("betty")));
            h.put("org-other", bearer(suite.organisation("edgar")));
            h.put("org-without-id", bearer(suite.token(testUser(admin, "tess-no-organisation", List.of("org-representative"), null),
                    SignIn.Client.portal())));
            admin.ensureFullScopePersonClient(FULL_SCOPE.clientId(), FULL_SCOPE.redirectUri().replace("/callback", "/*"));
            h.put("person-claiming-service", bearer(suite.token(testUser(admin, "sid-claims-service",
                    List.of("org-representative", "service"), "org-nhs-supplier"), FULL_SCOPE)));
            for (String client : List.of("case-service", "notice-service", "representation-service")) {
                h.put(client, bearer(suite.machine(client, SERVICE_CLIENTS.get(client))));
            }
            Thread.sleep(2_500); // the short-lived token is now past its expiry
            h.put("expired", bearer(expiring));
            headers = h;
            mintedAt = minting;
        }
        return headers;
    }

    private static final SignIn.Client FULL_SCOPE = new SignIn.Client("security-tests-full-scope", null,
            "http://127.0.0.1:8091/callback");

    /** A person made for these tests (see the class comment), with a password and a one-time-code secret of their own. */
    private static DemoUsers.DemoUser testUser(KeycloakAdmin admin, String username, List<String> roles, String organisation)
            throws Exception {
        String password = "security-tests-" + username;
        String secret = "casework-security-tests-totp-" + username;
        admin.ensureTestUser(username, password, secret, roles, organisation);
        return new DemoUsers.DemoUser(username, null, password, secret, roles, organisation);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A well-formed token claiming every staff role and MFA, from an issuer the services do not trust. */
    private static String forged(Suite suite) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}";
        String payload = "{\"iss\":\"https://sign-in.attacker.example/realms/regulator\",\"aud\":\"casework-api\",\"sub\":\""
                + suite.subjectOf("ada") + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"acr\":\"2\",\"azp\":\"casework-web\","
                + "\"org_id\":\"org-nhs-supplier\",\"realm_access\":{\"roles\":[\"caseworker\",\"decision-maker\",\"auditor\","
                + "\"org-representative\",\"service\"]}}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }
}
