package org.casework.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.Finding;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseEventRepository;
import org.casework.cases.repository.CaseRepository;
import org.casework.cases.repository.FindingRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;

/** Recording findings (provision breached, with the evidence notes) and reading one back. */
@ApplicationScoped
public class FindingService {

    private final CaseRepository cases;
    private final FindingRepository findings;
    private final CaseEventRepository events;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public FindingService(CaseRepository cases, FindingRepository findings, CaseEventRepository events,
            AuditTrail audit, CallerContext caller, Clock clock) {
        this.cases = cases;
        this.findings = findings;
        this.events = events;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Finding record(UUID caseId, String ifMatch, String provision, String description) {
        InvestigationCase c = cases.lockForChange(caseId);
        EntityTags.checkIfPresent(ifMatch, c.version);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Finding f = c.recordFinding(UUID.randomUUID(), provision, description, caller.get().subject(), now);
        findings.persist(f);
        events.persist(CaseEvent.of(c.id, now, f.recordedBy, CaseEvent.Type.FINDING_RECORDED,
                "Finding recorded: " + provision, Map.of("findingId", f.id.toString(), "provision", provision)));
        audit.record("case.finding-recorded", CaseService.RESOURCE, c.id.toString(),
                Map.of("findingId", f.id.toString(), "provision", provision));
        cases.flush();
        return f;
    }

    /** One finding, and the read recorded in its own statement, as {@code CaseQueries.detail}: no transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public Finding read(UUID caseId, UUID findingId) {
        Finding f = findings.findOnCase(caseId, findingId)
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId + " of case " + caseId));
        audit.recordRead("case.finding-read", CaseService.RESOURCE, caseId.toString(), Map.of("findingId", findingId.toString()));
        return f;
    }
}
