package org.casework.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a packaged service ({@code target/quarkus-app}) reads from its environment: the
 * {@code ${VARIABLE}}s of its configuration files as packaged (its application.properties and the
 * suite's microprofile-config.properties), and every Quarkus property its extensions know, from the
 * configuration model each Quarkus jar carries, with the environment variable name and whether it can
 * be changed at run time at all.
 */
final class PackagedApplication {

    record QuarkusProperty(String name, Pattern environmentVariable, boolean runTime) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What makes Quarkus' Flyway connect when the application starts. */
    private static final List<String> FLYWAY_AT_START = List.of("quarkus.flyway.migrate-at-start", "quarkus.flyway.validate-at-start",
            "quarkus.flyway.clean-at-start", "quarkus.flyway.repair-at-start", "quarkus.flyway.baseline-at-start");
    /** Flyway's own connection settings (its database user, where it is not the datasource's). */
    private static final List<String> FLYWAY_CONNECTION = List.of("quarkus.flyway.jdbc-url", "quarkus.flyway.username",
            "quarkus.flyway.password");

    final Path dir;
    /** The default profile's settings, with %prod overrides applied (what the production build runs with). */
    final Map<String, String> properties;
    private final List<QuarkusProperty> quarkus = new ArrayList<>();

    private PackagedApplication(Path dir, Map<String, String> properties) {
        this.dir = dir;
        this.properties = properties;
    }

    private static final Map<Path, PackagedApplication> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The application packaged in {@code quarkusApp}, read once per test JVM. */
    static synchronized PackagedApplication of(Path quarkusApp) throws IOException {
        PackagedApplication app = READ.get(quarkusApp);
        if (app == null) {
            app = read(quarkusApp);
            READ.put(quarkusApp, app);
        }
        return app;
    }

    private static PackagedApplication read(Path quarkusApp) throws IOException {
        if (!Files.exists(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(quarkusApp + " has no quarkus-run.jar: package the services first (./mvnw verify builds them)");
        }
        Properties merged = new Properties();
        List<Path> lib;
        try (Stream<Path> jars = Files.list(quarkusApp.resolve("lib/main"))) {
            lib = jars.sorted().toList();
        }
        // lower ordinal first: the suite's shared defaults (100), then the service's own file (250)
        for (Path jar : lib.stream().filter(j -> j.getFileName().toString().startsWith("org.casework.")).toList()) {
            load(jar, "META-INF/microprofile-config.properties", merged);
        }
        try (Stream<Path> jars = Files.list(quarkusApp.resolve("app"))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                load(jar, "application.properties", merged);
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        merged.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> settings.put(k, merged.getProperty(k)));
        merged.stringPropertyNames().stream().filter(k -> k.startsWith("%prod.")).forEach(k -> settings.put(k.substring(6), merged.getProperty(k)));
        PackagedApplication app = new PackagedApplication(quarkusApp, settings);
        for (Path jar : lib) {
            app.readConfigModel(jar);
        }
        return app;
    }

    /** The environment variables the configuration names; {@code required}: only those without a default. */
    TreeSet<String> variables(boolean required) {
        return variables(required, properties.keySet());
    }

    /**
     * The variables a container with this environment and these JVM options must be given: those without
     * a default, in settings the environment does not override, less Flyway's connection settings when
     * nothing makes Flyway connect at start: Quarkus resolves those only to connect (a service container
     * whose init container migrated starts without the owner's credentials). A container that exits once
     * initialised (quarkus.init-and-exit: an init container that migrates) must be given at least the
     * datasource's and Flyway's; that it needs nothing more of what it is not given (an OIDC client's
     * secret) DeploymentStartupIT shows by running it.
     */
    TreeSet<String> variablesNeeded(Map<String, String> env, List<String> jvmOptions) {
        boolean flywayConnects = FLYWAY_AT_START.stream().anyMatch(p -> Boolean.parseBoolean(effective(p, env, jvmOptions, "false")));
        boolean initOnly = Boolean.parseBoolean(effective("quarkus.init-and-exit", env, jvmOptions, "false"));
        return variables(true, properties.keySet().stream().filter(k -> !env.containsKey(environmentName(k)))
                .filter(k -> flywayConnects || !FLYWAY_CONNECTION.contains(k))
                .filter(k -> !initOnly || k.startsWith("quarkus.datasource.") || k.startsWith("quarkus.flyway.")).toList());
    }

    private TreeSet<String> variables(boolean required, java.util.Collection<String> settings) {
        TreeSet<String> names = new TreeSet<>();
        for (String setting : settings) {
            Matcher m = VARIABLE.matcher(properties.get(setting));
            while (m.find()) {
                if (!required || m.group(2) == null) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Why the application reads this environment variable; empty when nothing in it does. */
    Optional<String> reads(String variable) {
        if (variables(false).contains(variable)) {
            return Optional.of("${" + variable + "} in its configuration");
        }
        Optional<String> setting = properties.keySet().stream().filter(k -> environmentName(k).equals(variable)).findFirst();
        if (setting.isPresent()) {
            return Optional.of("overrides " + setting.get());
        }
        return quarkusProperty(variable).filter(QuarkusProperty::runTime).map(p -> "Quarkus' " + p.name());
    }

    Optional<QuarkusProperty> quarkusProperty(String variable) {
        return quarkus.stream().filter(p -> p.environmentVariable().matcher(variable).matches()).findFirst();
    }

    /**
     * A property's value as the application would see it: a {@code -D} option of the JVM, then the
     * environment (SmallRye's name mapping), then the packaged files, then Quarkus' default.
     */
    String effective(String property, Map<String, String> env, List<String> jvmOptions, String quarkusDefault) {
        for (String option : jvmOptions) {
            if (option.startsWith("-D" + property + "=")) {
                return option.substring(property.length() + 3);
            }
        }
        return Optional.ofNullable(env.get(environmentName(property))).or(() -> Optional.ofNullable(properties.get(property)))
                .orElse(quarkusDefault);
    }

    /** SmallRye Config's environment variable for a property: every other character an underscore, upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private void readConfigModel(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry model = zip.getEntry("META-INF/quarkus-config-doc/quarkus-config-model.json");
            if (model == null) {
                return;
            }
            try (InputStream in = zip.getInputStream(model)) {
                collect(JSON.readTree(in));
            }
        }
    }

    private void collect(JsonNode node) {
        if (node.isObject() && node.path("@class").asText().endsWith(".ConfigProperty")) {
            String name = node.path("path").path("property").asText();
            // a map key ("name") or list index in the property name: any name in the variable
            StringBuilder regex = new StringBuilder();
            for (String part : name.split("\"[^\"]*\"|\\[\\*]|\\*", -1)) {
                regex.append(regex.isEmpty() ? "" : "[A-Z0-9_]+").append(Pattern.quote(environmentName(part)));
            }
            quarkus.add(new QuarkusProperty(name, Pattern.compile(regex.toString()), "RUN_TIME".equals(node.path("phase").asText())));
            return;
        }
        node.forEach(this::collect);
    }

    private static void load(Path jar, String entry, Properties into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e != null) {
                try (InputStream in = zip.getInputStream(e)) {
                    into.load(in);
                }
            }
        }
    }
}
