package org.casework.representations.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The events representation-service publishes on {@code casework.representations.v1}
 * (docs/asyncapi/representation-service.yaml), recorded in the outbox in the transaction of the change. All of one
 * notice's events belong to its representation window (aggregate id: the notice id), so they leave in the order they
 * happened. Ids, dates and counts only: never a statement, a reason, a file or its name.
 */
@ApplicationScoped
public class RepresentationEvents {

    public static final String AGGREGATE = "representation-window";
    public static final String WINDOW_OPENED = "uk.gov.casework.window.opened.v1";
    public static final String WINDOW_EXTENDED = "uk.gov.casework.window.extended.v1";
    public static final String WINDOW_CLOSED = "uk.gov.casework.window.closed.v1";
    public static final String SUBMITTED = "uk.gov.casework.representation.submitted.v1";
    public static final String CONSIDERED = "uk.gov.casework.representation.considered.v1";
    public static final String HEARING_REQUESTED = "uk.gov.casework.hearing.requested.v1";
    public static final String HEARING_DECIDED = "uk.gov.casework.hearing.decided.v1";
    public static final String EXTENSION_REQUESTED = "uk.gov.casework.extension.requested.v1";
    /** Granted or refused; a grant is followed, in the same transaction, by {@link #WINDOW_EXTENDED}. */
    public static final String EXTENSION_DECIDED = "uk.gov.casework.extension.decided.v1";
    /** Every type this service can emit: each has a message and a schema in its AsyncAPI document. */
    public static final List<String> TYPES = List.of(WINDOW_OPENED, WINDOW_EXTENDED, WINDOW_CLOSED, SUBMITTED,
            CONSIDERED, HEARING_REQUESTED, HEARING_DECIDED, EXTENSION_REQUESTED, EXTENSION_DECIDED);

    public record WindowOpened(UUID noticeId, String noticeReference, UUID caseId, String organisationId,
            LocalDate dueOn) {
    }

    public record WindowExtended(UUID noticeId, UUID extensionRequestId, LocalDate dueOn) {
    }

    public record WindowClosed(UUID noticeId, Instant closedAt) {
    }

    public record Submitted(UUID noticeId, UUID representationId, String organisationId, int files,
            Instant submittedAt) {
    }

    public record Considered(UUID noticeId, UUID representationId, Instant consideredAt) {
    }

    public record HearingRequested(UUID noticeId, UUID hearingRequestId, String organisationId, Instant requestedAt) {
    }

    /** A request for more time: the day asked for, never the reason given. */
    public record ExtensionRequested(UUID noticeId, UUID extensionRequestId, String organisationId,
            LocalDate requestedUntil, Instant requestedAt) {
    }

    /** {@code grantedUntil} when granted (the window's new last day); never the decision's reasons. */
    public record ExtensionDecided(UUID noticeId, UUID extensionRequestId, boolean granted, LocalDate grantedUntil,
            Instant decidedAt) {
    }

    public record HearingDecided(UUID noticeId, UUID hearingRequestId, boolean granted, LocalDateTime heldAt) {
    }

    private final Outbox outbox;

    public RepresentationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records an event of the window of this notice; only the documented types. */
    public void record(UUID noticeId, String type, Object data) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(type + " is not one of this service's event types");
        }
        outbox.record(new DomainEvent(AGGREGATE, noticeId.toString(), type, data));
    }
}
