package org.casework.web;

import org.casework.web.testing.SignInServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every Quarkus test of the web UI: a real OIDC issuer (for the sign-in redirect) and WireMock standing
 * in for the three APIs, whose answers are the fixtures under {@code stubs/}.
 */
@WithTestResource(value = SignInServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ApiStubs.class, scope = TestResourceScope.GLOBAL)
public final class WebTestResources {

    private WebTestResources() {
    }
}
