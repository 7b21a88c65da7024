package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.investigation.NonCompliance;
import org.casework.notices.events.InvestigatoryEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * A caseworker's record that an issued information or assessment notice was not complied with (DPA 2018
 * s.155(1)(b)), and reading it back. The notice is locked and its version checked against If-Match; the record moves
 * the notice's version on. The failure and note stay out of the audit details (they may describe the organisation's
 * affairs); the day the period ended goes in.
 */
@ApplicationScoped
public class NonComplianceService {

    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final InvestigatoryEvents domainEvents;

    public NonComplianceService(NoticeRepository notices, AuditTrail audit, CallerContext caller, Clock clock, InvestigatoryEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Notice record(UUID noticeId, String ifMatch, NonCompliance.Finding finding) {
        Notice n = notices.lockForChange(noticeId);
        EntityTags.require(ifMatch, n.version);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        n.nonCompliance = NonCompliance.record(n, finding, caller.get().subject(), now, LondonCalendar.today(clock));
        n.touch(now);
        Map<String, String> details = new HashMap<>();
        details.put("type", n.type.name());
        details.put("periodEndedOn", finding.periodEndedOn().toString());
        if (finding.appealEndedOn() != null) {
            details.put("appealEndedOn", finding.appealEndedOn().toString());
        }
        audit.record("notice.non-compliance-recorded", NoticeDraftService.RESOURCE, n.id.toString(), details);
        domainEvents.nonComplianceRecorded(n);
        notices.flush();
        return n;
    }

    /** The notice with its record, if any (404 for no notice). An audited read. */
    @Transactional
    public Notice read(UUID noticeId) {
        Notice n = notices.require(noticeId);
        audit.record("notice.non-compliance-read", NoticeDraftService.RESOURCE, n.id.toString(), Map.of());
        return n;
    }
}
