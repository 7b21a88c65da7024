package org.casework.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The production build refuses to start without its secrets. Each application names, in its prod profile, the
 * settings that hold one ({@code casework.secrets.required}); a setting that is missing or blank stops the start with
 * the environment variable it should have come from. Without this, a missing client secret or CSRF key would not
 * stop anything: Quarkus resolves an OIDC client's secret at its first token request, and the CSRF filter makes up a
 * key of its own per replica. A container that only migrates and exits ({@code quarkus.init-and-exit}) serves no one
 * and is given no such secret, so it is not checked.
 */
@ApplicationScoped
public class RequiredSecrets {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    void onStart(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL
                || config.getOptionalValue("quarkus.init-and-exit", Boolean.class).orElse(false)) {
            return;
        }
        List<String> required = config.getOptionalValues("casework.secrets.required", String.class).orElse(List.of());
        List<String> missing = missing(required, config::getConfigValue);
        if (!missing.isEmpty()) {
            // Logged by Quarkus as the start's failure, on this thread: the console is queued only once the start has
            // finished (org.casework.console.ConsoleAfterStart), so the reason is written before the process exits.
            throw new IllegalStateException("required secrets are not set: " + String.join("; ", missing));
        }
    }

    /** Each required setting without a value, described by the environment variable that should give it. */
    static List<String> missing(List<String> required, Function<String, ConfigValue> lookup) {
        List<String> missing = new ArrayList<>();
        for (String setting : required) {
            String value;
            String raw;
            try {
                ConfigValue v = lookup.apply(setting);
                value = v.getValue();
                raw = v.getRawValue();
            } catch (java.util.NoSuchElementException e) {
                // an expression without a default whose variable is unset: SmallRye names it in its message
                value = null;
                raw = e.getMessage();
            }
            if (value == null || value.isBlank()) {
                missing.add(setting + " (environment variable " + variable(raw).orElse(environmentName(setting)) + ")");
            }
        }
        return missing;
    }

    private static Optional<String> variable(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = VARIABLE.matcher(raw);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        Matcher expand = Pattern.compile("Could not expand value ([A-Za-z_][A-Za-z0-9_]*)").matcher(raw);
        return expand.find() ? Optional.of(expand.group(1)) : Optional.empty();
    }

    /** MicroProfile Config's environment name for a setting: what overrides it when no variable is named. */
    static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
