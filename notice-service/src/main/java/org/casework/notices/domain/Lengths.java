package org.casework.notices.domain;

/**
 * The lengths of the texts notice-service keeps, as its inputs are checked against them and its columns hold them:
 * the answers state these (OWASP API4), the requests' {@code @Size} refer to them, so a limit is written once.
 */
public final class Lengths {

    /** A notice's reference (PN-2026-000123): varchar(20). */
    public static final int NOTICE_REFERENCE = 20;
    /** A fixed penalty's reference, and any notice's where either may appear: varchar(40). */
    public static final int ANY_REFERENCE = 40;
    /** A case's reference, as case-service gives it: varchar(20). */
    public static final int CASE_REFERENCE = 20;
    /** A notice's organisation id, as case-service holds it: varchar(64). */
    public static final int ORGANISATION_ID = 64;
    /** A fee payer's organisation id, from the fee file: varchar(100). */
    public static final int FEE_ORGANISATION_ID = 100;
    /** An organisation's or a recipient's name: varchar(200). */
    public static final int NAME = 200;
    /** A recipient's address. */
    public static final int ADDRESS = 500;
    /** A company number, as a draft accepts it: 1 to 20 letters or digits. */
    public static final int COMPANY_NUMBER = 20;
    /** Reasons, grounds, terms and what a notice requires: the longest prose a notice prints. */
    public static final int REASONS = 20000;
    /** A restriction claim's statement and the regulator's view of it. */
    public static final int CLAIM = 10000;
    /** A step, a note on a step or a court order, urgency reasons, documents and people to produce. */
    public static final int NOTE = 5000;
    /** A short reason, summary or note: varchar(2000). */
    public static final int SHORT_TEXT = 2000;
    /** A tribunal's, court's or payment's reference: varchar(100). */
    public static final int EXTERNAL_REFERENCE = 100;
    /** A court's name: varchar(200). */
    public static final int COURT = 200;
    /** An uploaded file's name: varchar(255). */
    public static final int FILE_NAME = 255;
    /** An uploaded file's content type: varchar(100). */
    public static final int CONTENT_TYPE = 100;
    /** A time of day as Jackson writes it, with nanoseconds (10:30:00.123456789). */
    public static final int TIME = 18;
    /** The provision a notice was given under ("DPA 2018 s.141A"): varchar(40). */
    public static final int PROVISION = 40;
    /**
     * A sentence the service writes itself (a rule, a calculation step's explanation, why recovery is barred): built
     * from fixed wording, amounts and dates, never from free text, and far shorter than this.
     */
    public static final int WRITTEN = 2000;

    private Lengths() {
    }
}
