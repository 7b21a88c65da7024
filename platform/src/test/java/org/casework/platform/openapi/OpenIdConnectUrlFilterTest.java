package org.casework.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Where the OpenAPI document sends Swagger UI to sign in, per environment. */
class OpenIdConnectUrlFilterTest {

    @Test
    void theIssuersDiscoveryDocumentByDefault() {
        assertEquals(Optional.of("https://id.example.org/realms/regulator/.well-known/openid-configuration"),
                OpenIdConnectUrlFilter.discoveryUrl(config(Map.of("quarkus.oidc.auth-server-url",
                        "https://id.example.org/realms/regulator/"))));
    }

    @Test
    void anEnvironmentWhoseBrowsersReachKeycloakElsewhereSaysWhere() {
        assertEquals(Optional.of("https://id.example.org/realms/regulator/.well-known/openid-configuration"),
                OpenIdConnectUrlFilter.discoveryUrl(config(Map.of(
                        "quarkus.oidc.auth-server-url", "http://keycloak-service:8080/realms/regulator",
                        "casework.openapi.openid-connect-url",
                        "https://id.example.org/realms/regulator/.well-known/openid-configuration"))));
    }

    @Test
    void noIssuerNoUrl() {
        assertEquals(Optional.empty(), OpenIdConnectUrlFilter.discoveryUrl(config(Map.of())));
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
