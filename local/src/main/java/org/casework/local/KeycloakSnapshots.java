package org.casework.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

/**
 * Keycloak's data as it was after importing a realm, kept in the shared cache under the realm file's
 * SHA-256 ({@code ~/.cache/casework/keycloak-snapshots/<sha-256>}): a test restores it and Keycloak
 * is ready in about ten seconds instead of importing for twenty to thirty. Keyed by content, so
 * checkouts with different realms never share one, and a changed realm makes a new one.
 */
public final class KeycloakSnapshots {

    private final Path snapshot;
    private final Path dataDirectory;

    public KeycloakSnapshots(Path realmFile, Path dataDirectory) throws IOException {
        this.snapshot = KeycloakServer.cacheDirectory().resolve("keycloak-snapshots")
                .resolve(HexFormat.of().formatHex(KeycloakServer.sha256(Files.readAllBytes(realmFile))));
        this.dataDirectory = dataDirectory;
    }

    /** Empties the data directory and fills it from the realm's snapshot, if there is one. */
    public void restore() throws IOException {
        Directories.delete(dataDirectory);
        if (Files.isDirectory(snapshot)) {
            Directories.copy(snapshot, dataDirectory);
        }
    }

    /** After Keycloak has stopped: keeps its data as the realm's snapshot, unless there is one already. */
    public void saveIfMissing() throws IOException {
        if (Files.isDirectory(snapshot) || !Files.isDirectory(dataDirectory)) {
            return;
        }
        Path partial = snapshot.resolveSibling(snapshot.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Directories.delete(partial);
        Directories.copy(dataDirectory, partial);
        try {
            Files.move(partial, snapshot, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Directories.delete(partial); // another run saved it first
        }
    }
}
