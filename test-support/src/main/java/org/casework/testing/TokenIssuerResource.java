package org.casework.testing;

import org.casework.web.testing.SignInServer;

/**
 * The OIDC test server (discovery document, JWKS, tokens signed with its key), wired straight into
 * the service's OIDC settings so the same configuration serves {@code @QuarkusTest} and the packaged
 * application of {@code @QuarkusIntegrationTest}. It is the web modules' {@link SignInServer}: one
 * issuer for every test, named here for what the services' tests use it for.
 */
public class TokenIssuerResource extends SignInServer {
}
