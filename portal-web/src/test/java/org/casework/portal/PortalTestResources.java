package org.casework.portal;

import org.casework.web.testing.SignInServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every Quarkus test of the portal: a real OIDC issuer (for the sign-in redirect) and WireMock for the two APIs. */
@WithTestResource(value = SignInServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PortalStubs.class, scope = TestResourceScope.GLOBAL)
public final class PortalTestResources {

    private PortalTestResources() {
    }
}
