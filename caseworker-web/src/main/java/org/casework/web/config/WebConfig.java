package org.casework.web.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the three APIs are; the REST clients take their addresses from here, and how long they wait from
 * {@code quarkus.rest-client.*.read-timeout} (application.properties).
 */
@ConfigMapping(prefix = "casework.web")
public interface WebConfig {

    String caseService();

    String noticeService();

    String representationService();

    /**
     * The largest form without files (see {@code RequestLimits}). Declared here because it sits under this
     * mapping's prefix: a property under it that the mapping does not name fails start-up.
     */
    @WithDefault("1M")
    MemorySize maxFormSize();

    /** Where people's names are read: the realm's users in the identity provider (client/PeopleDirectory). */
    Directory directory();

    interface Directory {

        /**
         * The realm's admin users resource, e.g. {@code http://keycloak/admin/realms/regulator}. Unset, it is
         * the sign-in realm's address ({@code quarkus.oidc.auth-server-url}) with {@code /realms/} read as
         * {@code /admin/realms/}.
         */
        java.util.Optional<String> url();

        @WithDefault("3s")
        Duration timeout();

        /** A name is read again after this, so a renamed person is shown by the new name within it. */
        @WithDefault("10m")
        Duration keepNames();
    }
}
