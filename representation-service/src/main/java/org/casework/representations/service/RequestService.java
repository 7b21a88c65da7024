package org.casework.representations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.events.RepresentationEvents;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;

/** Requests for more time or an oral hearing, and the regulator's decision on more time. */
@ApplicationScoped
public class RequestService {

    private final WindowRepository windows;
    private final RepresentationEvents domainEvents;
    private final RequestRepositories.Extensions extensions;
    private final RequestRepositories.Hearings hearings;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public RequestService(WindowRepository windows, RequestRepositories.Extensions extensions,
            RequestRepositories.Hearings hearings, AuditTrail audit, CallerContext caller, Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.windows = windows;
        this.extensions = extensions;
        this.hearings = hearings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Asked while the period runs, for a date after the current due date. */
    @Transactional
    public ExtensionRequest requestExtension(UUID noticeId, LocalDate until, String reason) {
        String organisation = OrganisationScope.of(caller.get());
        Instant now = now();
        RepresentationWindow w = windows.lockOfOrganisation(noticeId, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Notice " + noticeId));
        w.requireAccepting(now);
        RecordLimit.requireRoom(extensions.count("noticeId", noticeId), NoticeLimits.EXTENSION_REQUESTS,
                "requests for more time");
        if (!until.isAfter(w.dueOn)) {
            throw ProblemException.unprocessable("extension-not-later", "Extension not later",
                    "Representations are already due by the end of " + w.dueOn + "; ask for a later date");
        }
        ExtensionRequest e = new ExtensionRequest();
        e.id = UUID.randomUUID();
        e.noticeId = noticeId;
        e.organisationId = organisation;
        e.requestedUntil = until;
        e.reason = reason;
        e.requestedBy = caller.get().subject();
        e.requestedByName = caller.displayName();
        e.requestedAt = now;
        extensions.persist(e);
        audit.record("extension.requested", "extension-request", e.id.toString(),
                Map.of("noticeId", noticeId.toString(), "until", until.toString()));
        domainEvents.record(noticeId, RepresentationEvents.EXTENSION_REQUESTED,
                new RepresentationEvents.ExtensionRequested(noticeId, e.id, organisation, until, now));
        extensions.flush();
        return e;
    }

    /** A decision-maker decides once; a grant moves the window's due date, which the organisation then sees. */
    @Transactional
    public ExtensionRequest decide(UUID id, boolean granted, LocalDate until, String reason) {
        ExtensionRequest e = extensions.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Extension request " + id));
        RepresentationWindow w = windows.lockForChange(e.noticeId).orElseThrow();
        Instant now = now();
        e.decide(granted, until, reason, caller.get().subject(), now, w.dueOn);
        if (granted) {
            w.extendTo(e.grantedUntil, now);
        }
        Map<String, String> details = new HashMap<>();
        details.put("noticeId", e.noticeId.toString());
        details.put("granted", String.valueOf(granted));
        if (e.grantedUntil != null) {
            details.put("until", e.grantedUntil.toString());
        }
        audit.record("extension.decided", "extension-request", id.toString(), details);
        domainEvents.record(e.noticeId, RepresentationEvents.EXTENSION_DECIDED,
                new RepresentationEvents.ExtensionDecided(e.noticeId, e.id, granted, e.grantedUntil, now));
        if (granted) {
            domainEvents.record(e.noticeId, RepresentationEvents.WINDOW_EXTENDED,
                    new RepresentationEvents.WindowExtended(e.noticeId, e.id, w.dueOn));
        }
        extensions.flush();
        return e;
    }

    @Transactional
    public HearingRequest requestHearing(UUID noticeId, String reason) {
        String organisation = OrganisationScope.of(caller.get());
        Instant now = now();
        RepresentationWindow w = windows.lockOfOrganisation(noticeId, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Notice " + noticeId));
        w.requireAccepting(now);
        RecordLimit.requireRoom(hearings.count("noticeId", noticeId), NoticeLimits.HEARING_REQUESTS,
                "requests for an oral hearing");
        HearingRequest h = new HearingRequest();
        h.id = UUID.randomUUID();
        h.noticeId = noticeId;
        h.organisationId = organisation;
        h.reason = reason;
        h.requestedBy = caller.get().subject();
        h.requestedByName = caller.displayName();
        h.requestedAt = now;
        hearings.persist(h);
        audit.record("hearing.requested", "hearing-request", h.id.toString(), Map.of("noticeId", noticeId.toString()));
        domainEvents.record(noticeId, RepresentationEvents.HEARING_REQUESTED,
                new RepresentationEvents.HearingRequested(noticeId, h.id, organisation, h.requestedAt));
        hearings.flush();
        return h;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
