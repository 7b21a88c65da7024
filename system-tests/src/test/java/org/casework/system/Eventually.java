package org.casework.system;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for something the system does on its own after answering: notice-service opens a notice of
 * intent's representation window once the notice is issued, and may do it just after its answer.
 */
final class Eventually {

    private Eventually() {
    }

    /** Polls every 100 ms; answers how long it took, or fails with {@code what} after {@code timeout}. */
    static Duration await(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The organisation's portal shows the notice's window (its representative gets 200 for it). */
    static void windowOpen(Suite suite, String organisationToken, String noticeId) throws Exception {
        await(Duration.ofSeconds(15), "the window of notice " + noticeId, () -> io.restassured.RestAssured.given()
                .baseUri(suite.representations.url()).auth().oauth2(organisationToken).get("/portal/notices/" + noticeId)
                .statusCode() == 200);
    }
}
