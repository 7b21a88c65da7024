package org.casework.local;

import java.util.List;
import java.util.Map;

/**
 * The people and machines of the local run. Each is an OAuth client of the development token
 * issuer: asking for a token with its client id gives a token shaped like the realm's.
 */
final class DemoClients {

    record DemoClient(String clientId, String subject, List<String> roles, String acr, String organisationId,
            String description) {

        Map<String, Object> claims() {
            Map<String, Object> claims = new java.util.LinkedHashMap<>();
            claims.put("sub", subject);
            claims.put("preferred_username", subject);
            claims.put("aud", List.of("casework-api"));
            claims.put("azp", clientId);
            claims.put("acr", acr);
            claims.put("realm_access", Map.of("roles", roles));
            if (organisationId != null) {
                claims.put("org_id", organisationId);
            }
            return claims;
        }
    }

    static final List<DemoClient> ALL = List.of(
            new DemoClient("demo-caseworker", "caseworker-ada", List.of("caseworker"), "2", null,
                    "caseworker (MFA)"),
            new DemoClient("demo-caseworker-2", "caseworker-charles", List.of("caseworker"), "2", null,
                    "second caseworker (MFA)"),
            new DemoClient("demo-decision-maker", "decision-maker-grace", List.of("decision-maker"), "2", null,
                    "decision-maker (MFA)"),
            new DemoClient("demo-auditor", "auditor-alan", List.of("auditor"), "2", null, "auditor (MFA)"),
            new DemoClient("demo-org-nhs-supplier", "rep-org-nhs-supplier", List.of("org-representative"), "2",
                    "org-nhs-supplier", "representative of the NHS software supplier (MFA)"),
            new DemoClient("demo-org-retailer", "rep-org-retailer", List.of("org-representative"), "2",
                    "org-retailer", "representative of another organisation (MFA)"),
            new DemoClient("demo-caseworker-no-mfa", "caseworker-ada", List.of("caseworker"), "1", null,
                    "caseworker WITHOUT MFA: every request is refused"),
            new DemoClient("notice-service", "service-account-notice-service", List.of("service"), "1", null,
                    "notice-service's machine client"));

    private DemoClients() {
    }
}
