package org.casework.representations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.events.ProcessedEvents;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;
import org.casework.representations.events.RepresentationEvents;
import org.jboss.logging.Logger;

/**
 * notice-service's side: opening a window for a notice of intent (from its {@code notice.given} event, or by its call),
 * reading where it stands, closing it.
 */
@ApplicationScoped
public class WindowService {

    static final String RESOURCE = "representation-window";

    /** The name under which the windows' consumer marks notice-service's events in the inbox (processed_event). */
    public static final String CONSUMER = "representation-service.windows";

    /**
     * Who opens a window from notice-service's event, as the audit trail records it: notice-service, whose event it
     * is (only it may write its topic), with no token and no person; the event's id is in the entry's details.
     */
    static final Caller NOTICE_SERVICE_EVENT = new Caller("notice-service", null, Set.of(), null, null, true, null);

    /** What became of a {@code notice.given} event. */
    public enum EventOutcome {
        /** The window was opened, audited and announced. */
        OPENED,
        /** This event was acted on before: nothing done. */
        ALREADY_HANDLED,
        /** The window exists already (opened by the call, or closed on withdrawal): left exactly as it is. */
        WINDOW_EXISTS
    }

    private static final Logger LOG = Logger.getLogger(WindowService.class);

    /** A window with its representations counted, as notice-service asks before a penalty notice. */
    public record WindowState(RepresentationWindow window, long received, long considered,
            long undecidedExtensionRequests, long undecidedHearingRequests, long hearingsNotHeld, boolean created) {
    }

    private final WindowRepository windows;
    private final RepresentationEvents domainEvents;
    private final RepresentationRepository representations;
    private final RequestRepositories.Extensions extensions;
    private final RequestRepositories.Hearings hearings;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final ProcessedEvents inbox;
    private final Clock clock;

    public WindowService(WindowRepository windows, RepresentationRepository representations,
            RequestRepositories.Extensions extensions, RequestRepositories.Hearings hearings, AuditTrail audit,
            CallerContext caller, ProcessedEvents inbox, Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.inbox = inbox;
        this.windows = windows;
        this.representations = representations;
        this.extensions = extensions;
        this.hearings = hearings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Opens the window; the same request again changes nothing, a different one for the same notice is a 409. */
    @Transactional
    public WindowState open(UUID noticeId, UUID caseId, String organisationId, LocalDate dueOn, String reference) {
        windows.lockOpening(noticeId);
        RepresentationWindow existing = windows.lockForChange(noticeId).orElse(null);
        if (existing != null) {
            if (!existing.sameAs(caseId, organisationId, dueOn)) {
                throw ProblemException.conflict("window-exists", "Window already open",
                        "The window for notice " + noticeId + " was opened with other content");
            }
            return state(existing, false);
        }
        return state(create(caller.get(), noticeId, caseId, organisationId, dueOn, reference, Map.of()), true);
    }

    /**
     * Opens the window of a notice of intent that notice-service's {@code notice.given} event {@code eventId} tells of,
     * once per event: the event's id is marked in the inbox in this transaction, with the window, its audit entry and
     * its own {@code window.opened} event, so a crash leaves all or nothing and a repeat does nothing. A window that
     * exists already, open or closed (a withdrawn notice's), is never changed: the event cannot reopen it.
     */
    @Transactional
    public EventOutcome openForGivenNotice(UUID eventId, UUID noticeId, UUID caseId, String organisationId,
            LocalDate dueOn, String reference) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return EventOutcome.ALREADY_HANDLED;
        }
        windows.lockOpening(noticeId);
        RepresentationWindow existing = windows.findByIdOptional(noticeId).orElse(null);
        if (existing != null) {
            if (!existing.sameAs(caseId, organisationId, dueOn)) {
                LOG.warnf("event %s: the window of notice %s exists with other content; left as it is", eventId,
                        noticeId);
            }
            return EventOutcome.WINDOW_EXISTS;
        }
        create(NOTICE_SERVICE_EVENT, noticeId, caseId, organisationId, dueOn, reference,
                Map.of("eventId", eventId.toString()));
        return EventOutcome.OPENED;
    }

    private RepresentationWindow create(Caller who, UUID noticeId, UUID caseId, String organisationId, LocalDate dueOn,
            String reference, Map<String, String> auditDetails) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RepresentationWindow w = new RepresentationWindow();
        w.noticeId = noticeId;
        w.noticeReference = reference;
        w.caseId = caseId;
        w.organisationId = organisationId;
        w.originalDueOn = dueOn;
        w.dueOn = dueOn;
        w.openedBy = who.onBehalfOf() != null ? who.onBehalfOf() : who.subject();
        w.openedAt = now;
        w.touch(now);
        windows.persist(w);
        Map<String, String> details = new LinkedHashMap<>(auditDetails);
        details.put("caseId", caseId.toString());
        details.put("organisationId", organisationId);
        details.put("dueOn", dueOn.toString());
        audit.record(who, "window.opened", RESOURCE, noticeId.toString(), details);
        domainEvents.record(noticeId, RepresentationEvents.WINDOW_OPENED,
                new RepresentationEvents.WindowOpened(noticeId, reference, caseId, organisationId, dueOn));
        windows.flush();
        return w;
    }

    @Transactional
    public WindowState status(UUID noticeId) {
        return state(windows.findByIdOptional(noticeId)
                .orElseThrow(() -> ProblemException.notFound("The window of notice " + noticeId)), false);
    }

    /** Closes the window of a withdrawn notice of intent; closing it again changes nothing. */
    @Transactional
    public WindowState close(UUID noticeId) {
        RepresentationWindow w = windows.lockForChange(noticeId)
                .orElseThrow(() -> ProblemException.notFound("The window of notice " + noticeId));
        if (w.status != org.casework.representations.domain.WindowStatus.CLOSED) {
            w.close(clock.instant().truncatedTo(ChronoUnit.MICROS));
            audit.record("window.closed", RESOURCE, noticeId.toString(), Map.of());
            domainEvents.record(noticeId, RepresentationEvents.WINDOW_CLOSED,
                    new RepresentationEvents.WindowClosed(noticeId, w.closedAt));
            windows.flush();
        }
        return state(w, false);
    }

    private WindowState state(RepresentationWindow w, boolean created) {
        return new WindowState(w, representations.received(w.noticeId), representations.considered(w.noticeId),
                extensions.undecided(w.noticeId), hearings.countOf(w.noticeId, HearingRequest.Status.REQUESTED),
                hearings.countOf(w.noticeId, HearingRequest.Status.GRANTED), created);
    }
}
