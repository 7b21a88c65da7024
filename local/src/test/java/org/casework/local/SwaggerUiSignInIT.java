package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Swagger UI can sign in: each API's OpenAPI document names the realm's discovery document, which
 * offers the authorisation-code flow with PKCE to Swagger UI's origin, and a sign-in through the
 * casework-swagger-ui client (password and one-time code, as a browser does it) gives a token the
 * APIs accept.
 */
class SwaggerUiSignInIT {

    private static LocalParts parts;

    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void eachApisSecuritySchemeNamesTheRealmsDiscoveryDocument() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] { parts.cases, parts.notices }) {
            JsonNode scheme = Http.json(Http.get(service.url() + "/q/openapi?format=json"))
                    .path("components").path("securitySchemes").path("oidc");

            assertThat(scheme.path("type").asText()).as(service.name()).isEqualTo("openIdConnect");
            assertThat(scheme.path("openIdConnectUrl").asText()).as(service.name())
                    .isEqualTo(parts.keycloak.issuer() + "/.well-known/openid-configuration");
        }
    }

    @Test
    void theDiscoveryDocumentOffersPkceToSwaggerUisOrigin() throws Exception {
        HttpResponse<String> discovery = Http.get(parts.keycloak.issuer() + "/.well-known/openid-configuration",
                "Origin", "http://127.0.0.1:8081");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).contains("http://127.0.0.1:8081");
        assertThat(Http.json(discovery).path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aSignInThroughSwaggerUisClientNeedsTheOneTimeCodeAndItsTokenIsAccepted() throws Exception {
        String token = parts.signIn("alan", SignIn.Client.swaggerUi());

        JsonNode claims = Http.claims(token);
        assertThat(claims.path("azp").asText()).isEqualTo("casework-swagger-ui");
        assertThat(claims.path("acr").asText()).isEqualTo("2");
        assertThat(claims.path("aud").toString()).contains("casework-api");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("auditor").doesNotContain("service");
        assertThat(Http.get(parts.cases.url() + "/cases", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(Http.get(parts.notices.url() + "/deadlines", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void anOrganisationsRepresentativeGetsTheirOrganisationButNoStaffRole() throws Exception {
        JsonNode claims = Http.claims(parts.signIn("betty", SignIn.Client.swaggerUi()));

        assertThat(claims.path("org_id").asText()).isEqualTo("org-nhs-supplier");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("org-representative")
                .doesNotContain("caseworker");
    }
}
