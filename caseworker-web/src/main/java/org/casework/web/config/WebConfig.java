package org.casework.web.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the three APIs are, and how long to wait for them. */
@ConfigMapping(prefix = "casework.web")
public interface WebConfig {

    String caseService();

    String noticeService();

    String representationService();

    @WithDefault("10s")
    Duration apiTimeout();

    /**
     * How long to wait for a notice to be issued: it renders the document and calls two other services,
     * and a first issue after start-up can take several seconds. Cut short, the page could only say
     * that it may or may not have been done.
     */
    @WithDefault("60s")
    Duration issueTimeout();

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
