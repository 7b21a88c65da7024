package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept token is reused only for its issuer, with a minute left, and only its owner can read it. */
class TokenCacheTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/regulator";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path directory;


    @Test
    void aTokenWithMoreThanAMinuteLeftIsReusedForItsIssuer() throws Exception {
        String token = jwt(NOW.plusSeconds(600));
        cache().keep(ISSUER, "ada", "casework-web", token);

        assertThat(cache().usable(ISSUER, "ada", "casework-web")).map(TokenCache.Entry::accessToken).contains(token);
        assertThat(cache().usable(ISSUER, "ada", "casework-portal")).isEmpty();
        assertThat(cache().usable("http://127.0.0.1:28180/realms/regulator", "ada", "casework-web")).isEmpty();
    }

    @Test
    void aTokenAboutToExpireIsNotReused() throws Exception {
        cache().keep(ISSUER, "ada", "casework-web", jwt(NOW.plusSeconds(59)));

        assertThat(cache().usable(ISSUER, "ada", "casework-web")).isEmpty();
    }

    @Test
    void onlyTheOwnerCanReadTheKeptTokens() throws Exception {
        cache().keep(ISSUER, "ada", "casework-web", jwt(NOW.plusSeconds(600)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().file("ada", "casework-web"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anUnreadableFileMeansSigningInAfresh() throws Exception {
        Files.createDirectories(directory());
        Files.writeString(cache().file("ada", "casework-web"), "{not json");

        assertThat(cache().usable(ISSUER, "ada", "casework-web")).isEmpty();
    }

    private TokenCache cache() {
        return new TokenCache(directory(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Path directory() {
        return directory.resolve("tokens");
    }

    private static String jwt(Instant expiry) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"exp\":" + expiry.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmF0dXJl";
    }
}
