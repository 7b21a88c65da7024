package org.casework.notices.domain;

/**
 * How many of each record one notice holds, as its lists in the API state them (OWASP API4), and the server holds to
 * them: recipients and steps are refused in the request that names too many (400); the records added one at a time
 * (appeals, claims, court steps, payments, variations, documents, progress reports) are counted under the notice's
 * (or the appeal's) row lock, so the count is exact however many are sent at once, and one more is refused
 * ({@link org.casework.platform.limits.RecordLimit}). Each is recorded after an event outside the service (a tribunal's decision, a court's order,
 * a payment received), and the numbers are far above what one notice sees.
 */
public final class NoticeLimits {

    /** Recipients a draft names (NoticeDraftRequest refuses more). */
    public static final int RECIPIENTS = 20;
    /** Steps an enforcement notice or a variation application names (EnforcementRequest refuses more). */
    public static final int STEPS = 50;
    /** Appeals against one notice: one at a time, each decided before another is lodged. */
    public static final int APPEALS = 100;
    /** Documents filed on one appeal. */
    public static final int APPEAL_DOCUMENTS = 1000;
    /** The regulator's variations of one notice; the tribunal's are one an appeal at most. */
    public static final int VARIATIONS = 100;
    /** Every variation a notice lists: the regulator's and one for each appeal. */
    public static final int ALL_VARIATIONS = VARIATIONS + APPEALS;
    /** Restriction claims on one information notice. */
    public static final int RESTRICTION_CLAIMS = 100;
    /** Information-order steps (applied, made, refused) recorded on one notice. */
    public static final int INFORMATION_ORDERS = 100;
    /** Progress reports on one step. */
    public static final int PROGRESS_REPORTS = 1000;
    /** Payments towards one penalty. */
    public static final int PAYMENTS = 10000;

    /** The longest period in days a notice sets (representations, payment, compliance), as its draft is refused beyond. */
    public static final int PERIOD_DAYS = 366;
    /** The longest period for payment a variation or the tribunal may substitute, in days. */
    public static final int VARIED_PERIOD_DAYS = 3650;

    private NoticeLimits() {
    }
}
