package org.casework.representations.domain;

/**
 * How many representations and requests one notice may gather. A notice's views list them all (the portal's notice,
 * the staff lists of its requests), so the contract states their maximum (OWASP API4) and the server holds to it:
 * each new one is counted under the window's row lock, so the count is exact however many are sent at once, and one
 * more is refused ({@link org.casework.platform.limits.RecordLimit}). The numbers are far above any answer to one
 * notice of intent (one representation and a supplement or two is usual).
 */
public final class NoticeLimits {

    public static final int REPRESENTATIONS = 50;
    public static final int EXTENSION_REQUESTS = 10;
    public static final int HEARING_REQUESTS = 10;

    private NoticeLimits() {
    }
}
