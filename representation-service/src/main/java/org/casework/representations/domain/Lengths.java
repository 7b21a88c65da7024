package org.casework.representations.domain;

/**
 * The lengths of the texts representation-service keeps, as its inputs are checked against them and its columns
 * hold them: the answers state these (OWASP API4), the requests' {@code @Size} refer to them.
 */
public final class Lengths {

    /** An organisation's id: varchar(64), and the window refuses any other shape. */
    public static final int ORGANISATION_ID = 64;
    /** A notice's reference (XX-2026-000123): varchar(20). */
    public static final int NOTICE_REFERENCE = 20;
    /** A reason given for a request or a decision: varchar(5000). */
    public static final int REASON = 5000;
    /** A consideration note or a hearing's note: varchar(10000). */
    public static final int NOTE = 10000;
    /** A hearing's place or video link: varchar(500). */
    public static final int PLACE = 500;
    /** One attendee's name, as a decision gives them. */
    public static final int ATTENDEE = 200;
    /** Attendees a decision names. */
    public static final int ATTENDEES = 50;
    /** A hearing record's attendees, one per line: varchar(5000). */
    public static final int ATTENDEES_TEXT = 5000;
    /** Lines in {@link #ATTENDEES_TEXT}: blank lines are dropped, so each takes a character and a line break. */
    public static final int ATTENDEE_LINES = (ATTENDEES_TEXT + 1) / 2;
    /** A file's content type, one of {@link EvidenceType}'s: varchar(100). */
    public static final int CONTENT_TYPE = 100;

    private Lengths() {
    }
}
