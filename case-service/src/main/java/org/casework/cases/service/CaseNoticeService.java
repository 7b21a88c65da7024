package org.casework.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseEventRepository;
import org.casework.cases.repository.CaseRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;

/**
 * Puts on a case's timeline that notice-service gave an information or assessment notice on it. Such a notice moves
 * no case (DESIGN §3), so no transition records it; without this the timeline would not show that the organisation
 * was required to provide information or submit to an assessment. Recorded once per notice: notice-service repeats
 * the call until it is answered, and a repeat changes nothing.
 */
@ApplicationScoped
public class CaseNoticeService {

    /** The notices recorded here, in words for the timeline. */
    public enum GivenNotice {
        INFORMATION_NOTICE("Information notice"),
        ASSESSMENT_NOTICE("Assessment notice");

        private final String words;

        GivenNotice(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The timeline entry and whether this call made it. */
    public record Recorded(CaseEvent event, boolean created) {
    }

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final AuditTrail audit;
    private final CallerContext callerContext;
    private final Clock clock;

    public CaseNoticeService(CaseRepository cases, CaseEventRepository events, AuditTrail audit,
            CallerContext callerContext, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.callerContext = callerContext;
        this.clock = clock;
    }

    @Transactional
    public Recorded given(UUID caseId, UUID noticeId, GivenNotice type, String reference) {
        // The case's row lock orders two repeats of the same call, so only one of them writes.
        InvestigationCase c = cases.lockForChange(caseId);
        var existing = events.noticeGiven(c.id, noticeId.toString());
        if (existing.isPresent()) {
            return new Recorded(existing.get(), false);
        }
        Caller caller = callerContext.get();
        String actor = CaseEvent.actor(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> details = Map.of("noticeId", noticeId.toString(), "type", type.name(), "reference", reference);
        CaseEvent e = CaseEvent.of(c.id, now, actor, CaseEvent.Type.NOTICE_GIVEN,
                type.words() + " " + reference + " given", details);
        events.persist(e);
        audit.record("case.notice-given", CaseService.RESOURCE, c.id.toString(), details);
        events.flush();
        return new Recorded(e, true);
    }
}
