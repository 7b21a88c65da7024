package org.casework.representations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.Representation;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.events.RepresentationEvents;

/** Staff record that a representation was considered (Sch 16 para 4(2)): who, when, and a note. */
@ApplicationScoped
public class ConsiderationService {

    private final RepresentationRepository representations;
    private final RepresentationEvents domainEvents;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public ConsiderationService(RepresentationRepository representations, AuditTrail audit, CallerContext caller,
            Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.representations = representations;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Representation consider(UUID id, String note) {
        Representation r = representations.lockForChange(id)
                .orElseThrow(() -> ProblemException.notFound("Representation " + id));
        if (r.isConsidered()) {
            throw ProblemException.conflict("already-considered", "Already considered",
                    "This representation was marked considered by " + r.consideredBy + " at " + r.consideredAt);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        r.considered(caller.get().subject(), now, note);
        audit.record("representation.considered", SubmissionService.RESOURCE, id.toString(),
                Map.of("noticeId", r.noticeId.toString()));
        domainEvents.record(r.noticeId, RepresentationEvents.CONSIDERED,
                new RepresentationEvents.Considered(r.noticeId, r.id, r.consideredAt));
        representations.flush();
        return r;
    }
}
