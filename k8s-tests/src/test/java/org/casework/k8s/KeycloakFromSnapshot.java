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
 * Central), its data restored from the snapshot the end-to-end tests keep after a first import of the
 * same realm file (keycloak-snapshots/&lt;SHA-256 of the realm&gt; in the shared cache); where none
 * exists yet, it imports the realm and leaves that snapshot for the next run.
 */
final class KeycloakFromSnapshot implements AutoCloseable {

    private final Path data;
    private final Path snapshot;
    private final KeycloakServer server;
    private boolean ready;

    KeycloakFromSnapshot(Path realm, Path work) throws Exception {
        data = work.resolve("keycloak-data");
        snapshot = KeycloakServer.cacheDirectory().resolve("keycloak-snapshots")
                .resolve(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realm))));
        try (ServerSocket socket = new ServerSocket(0)) {
            server = new KeycloakServer(data, realm, socket.getLocalPort(), work.resolve("logs/keycloak.log"));
        }
    }

    void start() throws IOException, InterruptedException {
        shell("rm", "-rf", data.toString());
        Files.createDirectories(data.getParent());
        if (Files.isDirectory(snapshot)) {
            shell("cp", "-a", snapshot.toString(), data.toString());
        }
        server.start(Map.of());
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
