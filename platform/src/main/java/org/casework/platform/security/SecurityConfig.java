package org.casework.platform.security;

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
}
