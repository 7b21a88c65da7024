package org.casework.notifications.messaging;

import java.util.Set;

/**
 * The CloudEvents types this service acts on (the publishers' names, kept in this one class), as its own AsyncAPI
 * document lists them (docs/asyncapi/notification-service.yaml, held to this class by AsyncApiDocumentTest).
 */
public final class EventTypes {

    /**
     * The notice was given: its legal date, method and the periods running from it. This service acts on it, not on
     * notice.issued.v1 (the decision to issue), which notice-service records in the same transaction.
     */
    public static final String NOTICE_GIVEN = "uk.gov.casework.notice.given.v1";
    public static final String NOTICE_WITHDRAWN = "uk.gov.casework.notice.withdrawn.v1";
    public static final String NOTICE_VARIED = "uk.gov.casework.notice.varied.v1";
    public static final String NOTICE_CANCELLED = "uk.gov.casework.notice.cancelled.v1";
    public static final String WINDOW_OPENED = "uk.gov.casework.window.opened.v1";
    /** A request for more time granted: the window's new last day. */
    public static final String WINDOW_EXTENDED = "uk.gov.casework.window.extended.v1";
    public static final String REPRESENTATION_SUBMITTED = "uk.gov.casework.representation.submitted.v1";
    public static final String HEARING_REQUESTED = "uk.gov.casework.hearing.requested.v1";
    public static final String HEARING_DECIDED = "uk.gov.casework.hearing.decided.v1";
    /** The organisation asked for more time: the caseworker is told, as for a representation. */
    public static final String EXTENSION_REQUESTED = "uk.gov.casework.extension.requested.v1";
    /** Acted on when refused; a grant is told by {@link #WINDOW_EXTENDED}, which carries the new last day. */
    public static final String EXTENSION_DECIDED = "uk.gov.casework.extension.decided.v1";

    private static final Set<String> HANDLED = Set.of(NOTICE_GIVEN, NOTICE_WITHDRAWN, NOTICE_VARIED, NOTICE_CANCELLED,
            WINDOW_OPENED, WINDOW_EXTENDED, REPRESENTATION_SUBMITTED, HEARING_REQUESTED, HEARING_DECIDED,
            EXTENSION_REQUESTED, EXTENSION_DECIDED);

    private EventTypes() {
    }

    public static boolean handled(String type) {
        return HANDLED.contains(type);
    }

    static Set<String> all() {
        return HANDLED;
    }
}
