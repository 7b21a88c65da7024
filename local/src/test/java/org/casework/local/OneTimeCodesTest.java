package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak takes each one-time code once: a second sign-in in one window waits for the next code, and says so. */
class OneTimeCodesTest {

    private static final DemoUsers.DemoUser ADA = user("ada");
    private static final DemoUsers.DemoUser GRACE = user("grace");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:05Z"));
    private final List<String> notices = new ArrayList<>();

    @Test
    void aSecondCodeForOnePersonInOneWindowWaitsForTheNextWindowAndSaysSo() throws Exception {
        OneTimeCodes codes = codes(null);

        String first = codes.fresh(ADA);
        String second = codes.fresh(ADA);

        assertThat(first).isEqualTo(Totp.code(ADA.totpSecret(), Instant.parse("2026-12-03T10:00:05Z")));
        assertThat(second).isEqualTo(Totp.code(ADA.totpSecret(), Instant.parse("2026-12-03T10:00:30.100Z")));
        assertThat(notices).containsExactly("ada's one-time code of this 30-second window is used already (Keycloak "
                + "accepts each code once); waiting 25 s for the next one...");
    }

    @Test
    void anotherPersonsCodeDoesNotWait() throws Exception {
        OneTimeCodes codes = codes(null);

        codes.fresh(ADA);
        codes.fresh(GRACE);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-03T10:00:05Z"));
        assertThat(notices).isEmpty();
    }

    @Test
    void aCodeAboutToExpireIsNotUsed() throws Exception {
        clock.now = Instant.parse("2026-12-03T10:00:28Z");

        String code = codes(null).fresh(ADA);

        assertThat(code).isEqualTo(Totp.code(ADA.totpSecret(), Instant.parse("2026-12-03T10:00:30.100Z")));
        assertThat(notices).containsExactly("ada's current one-time code expires in 2 s; waiting for the next one...");
    }

    @Test
    void aCodeRecordedByAnotherCommandIsNotUsedAgain(@TempDir Path records) throws Exception {
        codes(records).fresh(ADA); // the suite's demo data, say

        codes(records).fresh(ADA); // then local/token ada, another process

        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-12-03T10:00:30Z"));
        assertThat(notices).hasSize(1);
    }

    private OneTimeCodes codes(Path directory) {
        Consumer<String> notice = notices::add;
        return new OneTimeCodes(directory, notice, clock, millis -> clock.now = clock.now.plus(Duration.ofMillis(millis)));
    }

    private static DemoUsers.DemoUser user(String name) {
        return new DemoUsers.DemoUser(name, name + "-subject", "demo-" + name, "secret-of-" + name, List.of("caseworker"), null);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
