package org.casework.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

    private static final String CLIENT_SECRET = "quarkus.oidc-client.credentials.secret";
    private static final String CSRF_KEY = "quarkus.rest-csrf.token-signature-key";

    @Test
    void aSettingWithItsValueIsNotMissing() {
        assertEquals(List.of(), RequiredSecrets.missing(List.of(CLIENT_SECRET),
                s -> value(s, "s3cret", "${CASE_SERVICE_CLIENT_SECRET}")));
    }

    @Test
    void anEmptyFallbackIsMissingAndNamedByItsVariable() {
        assertEquals(List.of(CSRF_KEY + " (environment variable CASEWORK_WEB_CSRF_KEY)"),
                RequiredSecrets.missing(List.of(CSRF_KEY), s -> value(s, "", "${CASEWORK_WEB_CSRF_KEY:}")));
    }

    @Test
    void anUnsetVariableWithoutDefaultIsMissingAndNamed() {
        assertEquals(List.of(CLIENT_SECRET + " (environment variable CASE_SERVICE_CLIENT_SECRET)"),
                RequiredSecrets.missing(List.of(CLIENT_SECRET), s -> {
                    throw new NoSuchElementException("SRCFG00011: Could not expand value CASE_SERVICE_CLIENT_SECRET in property " + s);
                }));
    }

    @Test
    void aSettingNotConfiguredAtAllIsNamedByItsOwnEnvironmentName() {
        assertEquals(List.of(CLIENT_SECRET + " (environment variable QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET)"),
                RequiredSecrets.missing(List.of(CLIENT_SECRET), s -> value(s, null, null)));
    }

    @Test
    void everyMissingSettingIsReportedNotOnlyTheFirst() {
        Map<String, String> values = Map.of(CLIENT_SECRET, " ", CSRF_KEY, "");
        assertEquals(2, RequiredSecrets.missing(List.of(CLIENT_SECRET, CSRF_KEY), s -> value(s, values.get(s), null)).size());
    }

    private static ConfigValue value(String name, String value, String raw) {
        return new ConfigValue() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getValue() {
                return value;
            }

            @Override
            public String getRawValue() {
                return raw;
            }

            @Override
            public String getSourceName() {
                return "test";
            }

            @Override
            public int getSourceOrdinal() {
                return 100;
            }
        };
    }
}
