package org.casework.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak with the project's realm: the distribution from Maven Central, unpacked once into a
 * cache shared by every checkout (its first start rebuilds itself, later ones do not), started in
 * development mode on an H2 file of its own, the realm imported from the repository's file. A
 * change to the realm file starts from fresh data; otherwise the data is kept between runs. The sign-in pages
 * are the repository's GOV.UK theme ({@link SignInTheme}).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "regulator";

    private final Path distribution;
    private final Path dataDirectory;
    private final Path realmFile;
    private final int port;
    private final Path log;
    private Process process;

    public KeycloakServer(Path dataDirectory, Path realmFile, int port, Path log) {
        this.distribution = cacheDirectory().resolve("keycloak-" + VERSION);
        this.dataDirectory = dataDirectory;
        this.realmFile = realmFile;
        this.port = port;
        this.log = log;
    }

    public static Path cacheDirectory() {
        String configured = System.getenv("CASEWORK_CACHE");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "casework");
    }

    /** The distribution zip as Maven fetched it (the local and system-tests builds depend on it). */
    static Path distributionZip() {
        String repo = System.getProperty("maven.repo.local", System.getenv().getOrDefault("MAVEN_REPO_LOCAL",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        return Path.of(repo, "org", "keycloak", "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public void start(Map<String, String> environment) throws IOException {
        unpackOnce();
        resetDataIfRealmChanged();
        // The realm is imported from a directory of this server's own, not the shared distribution's
        // data/import (what --import-realm reads), where another checkout starting at the same moment
        // could swap in its realm file. Keycloak imports at start-up from keycloak.migration.dir,
        // skipping a realm that exists and replacing the ${ENV:default} placeholders.
        Path imports = Files.createDirectories(dataDirectory.resolve("import"));
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());
        Path themes = SignInTheme.install(dataDirectory.resolve("themes"));
        List<String> command = new ArrayList<>(List.of("bash", distribution.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port,
                "--spi-theme--folder--dir=" + themes));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("KC_DB_URL", "jdbc:h2:file:" + dataDirectory.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
        builder.environment().put("JAVA_OPTS_APPEND", (environment.getOrDefault("JAVA_OPTS_APPEND", "")
                + " -Dkeycloak.migration.dir=" + imports).trim());
        process = builder.start();
    }

    /** Ready when the realm's discovery document answers; the first start of a fresh unpack takes longest. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private void unpackOnce() throws IOException {
        if (Files.exists(distribution.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = distributionZip();
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak " + VERSION + " is not in the Maven repository (" + zip
                    + "); build the local module first");
        }
        Path partial = Files.createDirectories(distribution.resolveSibling(distribution.getFileName() + ".partial"));
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = partial.resolve(name).normalize();
                if (name.isEmpty() || !target.startsWith(partial)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(partial, distribution, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The realm is imported only into empty data: a changed realm file needs fresh data. */
    private void resetDataIfRealmChanged() throws IOException {
        String hash = HexFormat.of().formatHex(sha256(Files.readAllBytes(realmFile)));
        Path marker = dataDirectory.resolve("realm.sha256");
        if (Files.exists(marker) && Files.readString(marker).equals(hash)) {
            return;
        }
        Directories.delete(dataDirectory);
        Files.createDirectories(dataDirectory);
        Files.writeString(marker, hash);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
