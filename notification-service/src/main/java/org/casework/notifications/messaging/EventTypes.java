package org.casework.notifications.messaging;

import java.util.Set;

/**
 * The CloudEvents types this service acts on (their `type` attribute). Kept in this one class so that the
 * names follow the publishers' (platform outbox, notice-service and representation-service) in one place.
 */
public final class EventTypes {

    /** notice-service: a notice was issued (and sent, or handed over); carries the given date and deadlines. */
    public static final String NOTICE_ISSUED = "org.casework.notice.issued.v1";
    /** notice-service: the day a notice was given was recorded or moved (e.g. post); deadlines only, no email. */
    public static final String NOTICE_GIVEN = "org.casework.notice.given.v1";
    /** notice-service: a deadline moved (an agreed extension). */
    public static final String NOTICE_DEADLINES_CHANGED = "org.casework.notice.deadlines-changed.v1";
    public static final String REPRESENTATION_SUBMITTED = "org.casework.representation.submitted.v1";
    public static final String EXTENSION_REQUESTED = "org.casework.extension-request.submitted.v1";
    public static final String HEARING_REQUESTED = "org.casework.hearing-request.submitted.v1";
    public static final String EXTENSION_DECIDED = "org.casework.extension-request.decided.v1";
    public static final String HEARING_DECIDED = "org.casework.hearing-request.decided.v1";

    public static final Set<String> NOTICE_EVENTS = Set.of(NOTICE_ISSUED, NOTICE_GIVEN, NOTICE_DEADLINES_CHANGED);
    public static final Set<String> REQUESTS = Set.of(REPRESENTATION_SUBMITTED, EXTENSION_REQUESTED, HEARING_REQUESTED);
    public static final Set<String> DECISIONS = Set.of(EXTENSION_DECIDED, HEARING_DECIDED);

    private EventTypes() {
    }

    public static boolean handled(String type) {
        return NOTICE_EVENTS.contains(type) || REQUESTS.contains(type) || DECISIONS.contains(type);
    }
}
