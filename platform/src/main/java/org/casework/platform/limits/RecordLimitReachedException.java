package org.casework.platform.limits;

/** One more record than a notice (or its appeal or step) may hold was asked for; nothing was stored. */
public class RecordLimitReachedException extends RuntimeException {

    private final String what;
    private final int limit;
    private final long held;

    public RecordLimitReachedException(String what, int limit, long held) {
        super("at most " + limit + " " + what + " are kept, and " + held + " are");
        this.what = what;
        this.limit = limit;
        this.held = held;
    }

    public String what() {
        return what;
    }

    public int limit() {
        return limit;
    }

    public long held() {
        return held;
    }
}
