package org.casework.notices;

import org.casework.testing.AuditSigningKeyResource;
import org.casework.testing.PostgresResource;
import org.casework.testing.TokenIssuerResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every Quarkus test of this module: a real PostgreSQL, a real token issuer, and WireMock standing
 * in for case-service and representation-service (the only mocks: another service's API).
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenIssuerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AuditSigningKeyResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DownstreamStubs.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
