package org.casework.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.CaseTransitions;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseEventRepository;
import org.casework.cases.repository.CaseRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.casework.platform.security.Roles;
import org.casework.cases.events.CaseEvents;

/**
 * Moves a case through its states. The case row is locked for the move, so of many concurrent
 * requests exactly one makes each legal move and the rest see the new state (409) or a stale
 * If-Match (412).
 */
@ApplicationScoped
public class CaseTransitionService {

    private final CaseRepository cases;
    private final CaseEvents domainEvents;
    private final CaseEventRepository events;
    private final AuditTrail audit;
    private final CallerContext callerContext;
    private final Clock clock;

    public CaseTransitionService(CaseRepository cases, CaseEventRepository events, AuditTrail audit,
            CallerContext callerContext, Clock clock, CaseEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.callerContext = callerContext;
        this.clock = clock;
    }

    @Transactional
    public InvestigationCase transition(UUID id, String ifMatch, CaseStatus target, String reason, String noticeId) {
        InvestigationCase c = cases.lockForChange(id);
        EntityTags.checkIfPresent(ifMatch, c.version);
        Caller caller = callerContext.get();
        CaseStatus from = c.status;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        c.moveTo(target, actorOf(caller), noticeId, now);

        Map<String, String> details = new HashMap<>();
        details.put("from", from.name());
        details.put("to", target.name());
        if (noticeId != null) {
            details.put("noticeId", noticeId);
        }
        Map<String, String> timelineDetails = new HashMap<>(details);
        timelineDetails.put("reason", reason);
        String actor = CaseEvent.actor(caller);
        events.persist(CaseEvent.of(c.id, now, actor, CaseEvent.Type.STATUS_CHANGED,
                "Status changed from " + from + " to " + target, timelineDetails));
        audit.record("case.transitioned", CaseService.RESOURCE, c.id.toString(), details);
        domainEvents.moved(c, from, noticeId);
        cases.flush();
        return cases.withFindings(c);
    }

    private static CaseTransitions.Actor actorOf(Caller caller) {
        if (caller.hasRole(Roles.NOTICE_SERVICE_CLIENT)) {
            return CaseTransitions.Actor.SERVICE;
        }
        if (caller.hasRole(Roles.DECISION_MAKER)) {
            return CaseTransitions.Actor.DECISION_MAKER;
        }
        return CaseTransitions.Actor.CASEWORKER;
    }
}
