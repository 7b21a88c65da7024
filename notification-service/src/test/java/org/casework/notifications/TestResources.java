package org.casework.notifications;

import org.casework.testing.AuditSigningKeyResource;
import org.casework.testing.PostgresResource;
import org.casework.testing.TokenIssuerResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every Quarkus test of this module runs against a real PostgreSQL, a real token issuer and a real SMTP server;
 * the packaged application's run also gets what a deployment must set. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenIssuerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AuditSigningKeyResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DeploymentSettings.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
