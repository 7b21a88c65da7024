package org.casework.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Hands out one-time codes Keycloak has not seen yet. Keycloak accepts each code of a person once, so a
 * second sign-in within one 30-second window waits for the next code (and says so), and a code with
 * under three seconds left is not used either: it could expire on the way.
 *
 * <p>The window each person's last code came from is remembered in this JVM and, for the local
 * commands, in a file per person, so {@code local/token} also knows what the running suite or an
 * earlier call used. A code used elsewhere (a browser) is only found out when Keycloak refuses it:
 * the sign-in then asks again, and this hands out the next window's code.
 */
public final class OneTimeCodes {

    /** Pauses the calling thread; a test passes one that moves its clock instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private static final OneTimeCodes SHARED = new OneTimeCodes(null, message -> { }, Clock.systemUTC(), Thread::sleep);
    private static final int PERIOD_SECONDS = 30;
    private static final int MIN_SECONDS_LEFT = 3;

    private final Map<String, Long> lastStep = new ConcurrentHashMap<>();
    private final Path directory;
    private final Consumer<String> notice;
    private final Clock clock;
    private final Sleeper sleeper;

    OneTimeCodes(Path directory, Consumer<String> notice, Clock clock, Sleeper sleeper) {
        this.directory = directory;
        this.notice = notice;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The guard every sign-in of this JVM shares unless given another (the end-to-end tests, a browser). */
    public static OneTimeCodes shared() {
        return SHARED;
    }

    /** A guard that also records, in {@code directory}, the window of each person's last code; waits are told to {@code notice}. */
    public static OneTimeCodes recordedIn(Path directory, Consumer<String> notice) {
        return new OneTimeCodes(directory, notice, Clock.systemUTC(), Thread::sleep);
    }

    /** A code of the person's not handed out before, waiting for the next window where need be. */
    public synchronized String fresh(DemoUsers.DemoUser user) throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            long step = now.getEpochSecond() / PERIOD_SECONDS;
            long left = Totp.secondsLeft(now);
            boolean used = step <= lastUsedStep(user.username());
            if (!used && left >= MIN_SECONDS_LEFT) {
                remember(user.username(), step);
                return Totp.code(user.totpSecret(), now);
            }
            notice.accept(used
                    ? user.username() + "'s one-time code of this 30-second window is used already (Keycloak accepts each "
                            + "code once); waiting " + left + " s for the next one..."
                    : user.username() + "'s current one-time code expires in " + left + " s; waiting for the next one...");
            sleeper.sleep(left * 1000 + 100);
        }
    }

    private long lastUsedStep(String username) {
        long inMemory = lastStep.getOrDefault(username, Long.MIN_VALUE);
        if (directory == null) {
            return inMemory;
        }
        try {
            Path file = directory.resolve(username + ".last-code-window");
            return Files.exists(file) ? Math.max(inMemory, Long.parseLong(Files.readString(file).trim())) : inMemory;
        } catch (IOException | NumberFormatException e) {
            return inMemory;
        }
    }

    private void remember(String username, long step) {
        lastStep.put(username, step);
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(username + ".last-code-window"), Long.toString(step), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // only a hint for later commands: without it a reused code is refused and the sign-in asks again
            notice.accept("could not record the one-time code's window in " + directory + ": " + e.getMessage());
        }
    }
}
