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

/**
 * The callers of the authorisation matrix, each as the Authorization header it sends (null: none).
 * All tokens come from the real Keycloak except the forged one, which is signed with a key of its own.
 */
final class Callers {

    static final List<String> NAMES = List.of("none", "expired", "foreign-issuer", "wrong-audience", "password-only",
            "caseworker", "decision-maker", "auditor", "org-owner", "org-other", "service");

    private static Map<String, String> headers;

    private Callers() {
    }

    static synchronized Map<String, String> all(Suite suite) throws Exception {
        if (headers == null) {
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
            h.put("service", bearer(suite.machine("notice-service", "local-notice-service-secret")));
            Thread.sleep(2_500); // the short-lived token is now past its expiry
            h.put("expired", bearer(expiring));
            headers = h;
        }
        return headers;
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
