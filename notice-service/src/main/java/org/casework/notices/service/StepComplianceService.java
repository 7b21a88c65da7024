package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepCompliance;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.events.EnforcementEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * A caseworker's finding on a step of an issued enforcement notice: complied with, or not (after its date). The
 * notice is locked and its version checked against If-Match; the finding moves the notice's version on, so its ETag
 * tells a reader the steps changed.
 */
@ApplicationScoped
public class StepComplianceService {

    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final EnforcementEvents domainEvents;

    public StepComplianceService(NoticeRepository notices, AuditTrail audit, CallerContext caller, Clock clock, EnforcementEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Notice decide(UUID noticeId, UUID stepId, String ifMatch, StepStatus outcome, String note) {
        Notice n = notices.lockForChange(noticeId);
        EntityTags.require(ifMatch, n.version);
        EnforcementStep step = n.enforcementSteps.stream().filter(s -> s.id.equals(stepId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Step " + stepId + " of notice " + noticeId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StepCompliance.decide(n, step, outcome, note, caller.get().subject(), now, LondonCalendar.today(clock));
        n.touch(now);
        audit.record("enforcement.step-decided", NoticeDraftService.RESOURCE, noticeId.toString(),
                Map.of("stepId", stepId.toString(), "position", Integer.toString(step.position), "status", outcome.name()));
        domainEvents.stepDecided(n, step);
        notices.flush();
        return n;
    }
}
