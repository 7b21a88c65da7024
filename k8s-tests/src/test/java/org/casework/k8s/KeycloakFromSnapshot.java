package org.casework.k8s;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.casework.local.KeycloakServer;

/**
 * Keycloak with the repository's realm (the local module's {@link KeycloakServer}, from Maven
 * Central), serving HTTPS to the pods, its data restored from the snapshot the end-to-end tests keep after a first import of the
 * same realm file (keycloak-snapshots/&lt;SHA-256 of the realm&gt; in the shared cache); where none
 * exists yet, it imports the realm and leaves that snapshot for the next run.
 */
final class KeycloakFromSnapshot implements AutoCloseable {

    private final Path data;
    private final Path snapshot;
    private final KeycloakServer server;
    private final int httpsPort;
    private final Path tls;
    private boolean ready;

    KeycloakFromSnapshot(Path realm, Path work) throws Exception {
        data = work.resolve("keycloak-data");
        tls = work.resolve("keycloak-tls");
        snapshot = KeycloakServer.cacheDirectory().resolve("keycloak-snapshots")
                .resolve(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realm))));
        try (ServerSocket socket = new ServerSocket(0); ServerSocket tls = new ServerSocket(0)) {
            server = new KeycloakServer(data, realm, socket.getLocalPort(), work.resolve("logs/keycloak.log"));
            httpsPort = tls.getLocalPort();
        }
    }

    /**
     * Starts Keycloak serving HTTPS as the cluster's does (docs/deploy.md, "Keycloak over TLS"): a certificate for
     * {@code keycloak-service} (and 127.0.0.1, where the test's addresses lead), which the pods receive as the CA
     * Secret's {@code ca.crt} they mount ({@link #caCertificateFile()}), so they check it as they would the internal
     * CA's; backchannel endpoints
     * follow the address a pod called, as the CR's {@code backchannelDynamic} makes them. Its loopback HTTP listener
     * stands for the public sign-in host (what people's browsers and this test's own sign-ins use); no pod's setting
     * leads there ({@link ClusterAddresses} maps {@code keycloak-service} to the HTTPS port only).
     */
    void start() throws Exception {
        shell("rm", "-rf", data.toString());
        Files.createDirectories(data.getParent());
        if (Files.isDirectory(snapshot)) {
            shell("cp", "-a", snapshot.toString(), data.toString());
        }
        shell("rm", "-rf", tls.toString()); // a new certificate each run (keytool keeps no two of one alias)
        ClusterDatabase.writeServerCertificate(Files.createDirectories(tls), "keycloak-service");
        server.start(Map.of("KC_HTTPS_PORT", String.valueOf(httpsPort),
                "KC_HTTPS_CERTIFICATE_FILE", caCertificateFile().toString(),
                "KC_HTTPS_CERTIFICATE_KEY_FILE", tls.resolve("server.key").toString(),
                "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true"));
    }

    /** Where the pods reach Keycloak: its HTTPS listener. */
    int httpsPort() {
        return httpsPort;
    }

    /** The certificate a client checks Keycloak's HTTPS listener against (PEM): what the pods mount as the CA's ca.crt. */
    Path caCertificateFile() {
        return tls.resolve("server.crt");
    }

    void awaitReady() throws InterruptedException {
        server.awaitReady(Duration.ofSeconds(180));
        ready = true;
    }

    KeycloakServer server() {
        return server;
    }

    @Override
    public void close() throws Exception {
        server.close();
        if (ready && !Files.isDirectory(snapshot)) {
            Path partial = snapshot.resolveSibling(snapshot.getFileName() + ".partial-" + ProcessHandle.current().pid());
            Files.createDirectories(snapshot.getParent());
            shell("cp", "-a", data.toString(), partial.toString());
            try {
                Files.move(partial, snapshot, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                shell("rm", "-rf", partial.toString()); // another run saved it first
            }
        }
    }

    private static void shell(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
