package org.casework.platform.http;

import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: an aggregate's version is its strong ETag, and an update names
 * the version it was based on in If-Match. A lost update becomes a 412 instead of silently
 * overwriting someone else's change.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The longest If-Match read: a handful of this service's tags; a longer one is refused (400), as documented. */
    public static final int MAX_IF_MATCH_LENGTH = 500;

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks If-Match when present; answers 412 if it names another version. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    /** Requires If-Match (428 when missing) and checks it. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(new Problem("precondition-required", "Precondition required", 428,
                    "Send If-Match with the ETag of the version you are changing"));
        }
        check(ifMatch, currentVersion);
    }

    private static void check(String ifMatch, long currentVersion) {
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.badRequest("The If-Match header must be at most " + MAX_IF_MATCH_LENGTH
                    + " characters");
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(new Problem("stale-version", "Precondition failed", 412,
                "The resource has changed since you read it: your If-Match does not name the current version")
                .with("currentETag", current))
                .header("ETag", current);
    }
}
