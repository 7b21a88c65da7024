package org.casework.platform.security;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "casework.security")
public interface SecurityConfig {

    /**
     * The `acr` values that prove multi-factor authentication. Keycloak's level-of-authentication
     * mapping gives "2" to a login that ran the OTP form.
     */
    @WithDefault("2")
    List<String> mfaAcrValues();

    /** The cache of verified bearer tokens ({@link VerifiedTokenCache}). */
    TokenCache tokenCache();

    interface TokenCache {

        /** Off: every request's token is verified by Quarkus OIDC, as before the cache existed. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long a verification is reused at most, whatever the token's {@code exp}: a signing key the
         * issuer withdraws from its JWKS stops being honoured within this time (docs/security.md).
         */
        @WithDefault("60s")
        Duration maxAge();

        /** Distinct tokens kept at most; beyond it the least useful entries are dropped. */
        @WithDefault("10000")
        int maxEntries();
    }
}
