package org.casework.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of the demo people kept between local commands, so a second {@code local/token ada}
 * within a token's lifetime (10 minutes in the realm) reuses the first instead of spending another
 * one-time code, and the suite's demo-data sign-ins serve the first {@code local/token} after start-up.
 *
 * <p>One file per person and client, readable by the owner alone (directory 700, files 600), under
 * the git-ignored {@code local/.work/tokens}. A token is reused only for the issuer it came from,
 * with a minute of its life left, and after Keycloak confirms it still honours it (a restarted
 * Keycloak with fresh data has new keys). Local demo only: these people's passwords and code secrets
 * are in the repository's realm file anyway.
 */
public final class TokenCache {

    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one file holds. */
    record Entry(String issuer, long expiresAt, String accessToken) {
    }

    private final Path directory;
    private final Clock clock;

    TokenCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public static TokenCache in(Path directory) {
        return new TokenCache(directory, Clock.systemUTC());
    }

    /** The person's token for the client: a kept one Keycloak still honours, else a new sign-in, kept for next time. */
    public String accessToken(SignIn signIn, DemoUsers.DemoUser user, SignIn.Client client)
            throws IOException, InterruptedException {
        Optional<Entry> kept = usable(signIn.issuer(), user.username(), client.clientId());
        if (kept.isPresent() && signIn.honours(kept.get().accessToken())) {
            return kept.get().accessToken();
        }
        String token = signIn.accessToken(user, client);
        keep(signIn.issuer(), user.username(), client.clientId(), token);
        return token;
    }

    /** A kept token of this issuer with more than a minute to live. */
    Optional<Entry> usable(String issuer, String username, String clientId) {
        Path file = file(username, clientId);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Entry entry = MAPPER.readValue(Files.readString(file), Entry.class);
            boolean fresh = Instant.ofEpochSecond(entry.expiresAt()).isAfter(clock.instant().plus(MARGIN));
            return entry.issuer().equals(issuer) && fresh ? Optional.of(entry) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: sign in afresh, which rewrites it
        }
    }

    void keep(String issuer, String username, String clientId, String accessToken) throws IOException {
        createPrivateDirectory();
        Path partial = Files.createTempFile(directory, username, ".partial");
        restrictToOwner(partial, "rw-------");
        Files.writeString(partial, MAPPER.writeValueAsString(new Entry(issuer, expiry(accessToken), accessToken)),
                StandardCharsets.UTF_8);
        Files.move(partial, file(username, clientId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Path file(String username, String clientId) {
        return directory.resolve(username + "@" + clientId + ".json");
    }

    /** The token's {@code exp} (seconds since the epoch), read from its payload; Keycloak has checked the signature. */
    static long expiry(String accessToken) throws IOException {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            throw new IOException("not a JWT");
        }
        return MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp").asLong();
    }

    private void createPrivateDirectory() throws IOException {
        Files.createDirectories(directory);
        restrictToOwner(directory, "rwx------");
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
