package org.casework.representations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;
import org.casework.representations.events.RepresentationEvents;

/** notice-service's side: opening a window for a notice of intent, reading where it stands, closing it. */
@ApplicationScoped
public class WindowService {

    static final String RESOURCE = "representation-window";

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
    private final Clock clock;

    public WindowService(WindowRepository windows, RepresentationRepository representations,
            RequestRepositories.Extensions extensions, RequestRepositories.Hearings hearings, AuditTrail audit,
            CallerContext caller, Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Caller who = caller.get();
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
        audit.record("window.opened", RESOURCE, noticeId.toString(), Map.of("caseId", caseId.toString(),
                "organisationId", organisationId, "dueOn", dueOn.toString()));
        domainEvents.record(noticeId, RepresentationEvents.WINDOW_OPENED,
                new RepresentationEvents.WindowOpened(noticeId, reference, caseId, organisationId, dueOn));
        windows.flush();
        return state(w, true);
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
