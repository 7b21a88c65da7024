package org.casework.platform.openapi;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.logging.Logger;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives the OpenID Connect security scheme its discovery URL when the service starts, so Swagger UI
 * can find the sign-in server ("Authorize").
 *
 * <p>The document is built when the service is packaged, and the build-time setting
 * ({@code quarkus.smallrye-openapi.oidc-open-id-connect-url}) cannot see the issuer, which each
 * environment gives at run time: the scheme came out without a URL. The URL is
 * {@code casework.openapi.openid-connect-url} where set (the address a browser reaches, when the
 * service itself reaches Keycloak by another), otherwise the discovery document of
 * {@code quarkus.oidc.auth-server-url}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenIdConnectUrlFilter implements OASFilter {

    static final String URL_PROPERTY = "casework.openapi.openid-connect-url";
    private static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
    private static final Logger LOG = Logger.getLogger(OpenIdConnectUrlFilter.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Optional<String> url = discoveryUrl(ConfigProvider.getConfig());
        for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
            if (scheme.getType() != SecurityScheme.Type.OPENIDCONNECT) {
                continue;
            }
            url.ifPresentOrElse(scheme::setOpenIdConnectUrl, () -> LOG.warnf(
                    "The OpenAPI document names no sign-in server: set %s or quarkus.oidc.auth-server-url", URL_PROPERTY));
        }
    }

    static Optional<String> discoveryUrl(Config config) {
        Optional<String> configured = config.getOptionalValue(URL_PROPERTY, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured;
        }
        return config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(s -> !s.isBlank())
                .map(issuer -> issuer.replaceAll("/+$", "") + DISCOVERY_PATH);
    }
}
