package org.casework.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.CaseReference;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseEventRepository;
import org.casework.cases.repository.CaseRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;
import org.casework.cases.events.CaseEvents;

/** Opening a case, correcting its facts and assigning it. Each change is on the timeline and audited. */
@ApplicationScoped
public class CaseService {

    static final String RESOURCE = "case";

    private final CaseRepository cases;
    private final CaseEvents domainEvents;
    private final CaseEventRepository events;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public CaseService(CaseRepository cases, CaseEventRepository events, AuditTrail audit, CallerContext caller,
            Clock clock, CaseEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public InvestigationCase open(CaseFacts facts) {
        Instant now = now();
        LocalDate today = LondonCalendar.today(clock);
        InvestigationCase c = new InvestigationCase();
        facts.applyTo(c, today);
        c.id = UUID.randomUUID();
        c.reference = CaseReference.format(today.getYear(), cases.nextReferenceNumber(today.getYear()));
        c.openedAt = now;
        c.openedBy = caller.get().subject();
        c.touch(now);
        cases.persist(c);
        events.persist(CaseEvent.of(c.id, now, c.openedBy, CaseEvent.Type.OPENED,
                "Case " + c.reference + " opened (" + c.source + ")", Map.of("reference", c.reference)));
        audit.record("case.opened", RESOURCE, c.id.toString(), Map.of("reference", c.reference));
        domainEvents.opened(c);
        cases.flush();
        return cases.withFindings(c);
    }

    /** Replaces the facts of a case with a corrected set (the merged patch), if If-Match names its version. */
    @Transactional
    public InvestigationCase correct(UUID id, String ifMatch, PatchedFacts patch) {
        InvestigationCase c = cases.lockForChange(id);
        EntityTags.require(ifMatch, c.version);
        c.requireEditable();
        CaseFacts before = CaseFacts.of(c);
        CaseFacts after = patch.apply(before);
        List<String> changed = changedParts(before, after);
        if (changed.isEmpty()) {
            return cases.withFindings(c);
        }
        Instant now = now();
        after.applyTo(c, LondonCalendar.today(clock));
        c.touch(now);
        String fields = String.join(", ", changed);
        events.persist(CaseEvent.of(c.id, now, caller.get().subject(), CaseEvent.Type.UPDATED,
                "Case details corrected: " + fields, Map.of("changed", fields)));
        audit.record("case.updated", RESOURCE, c.id.toString(), Map.of("changed", fields));
        cases.flush();
        return cases.withFindings(c);
    }

    @Transactional
    public InvestigationCase assign(UUID id, String ifMatch, String caseworker) {
        InvestigationCase c = cases.lockForChange(id);
        EntityTags.require(ifMatch, c.version);
        Instant now = now();
        String previous = c.assignee;
        c.assignTo(caseworker, now);
        String description = caseworker == null ? "Case unassigned" : "Case assigned to " + caseworker;
        Map<String, String> details = new java.util.HashMap<>();
        details.put("assignee", caseworker);
        details.put("previousAssignee", previous);
        details.values().removeIf(Objects::isNull);
        events.persist(CaseEvent.of(c.id, now, caller.get().subject(), CaseEvent.Type.ASSIGNED, description, details));
        audit.record("case.assigned", RESOURCE, c.id.toString(), details);
        domainEvents.assigned(c, previous);
        cases.flush();
        return cases.withFindings(c);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> changedParts(CaseFacts before, CaseFacts after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            changed.add("title");
        }
        if (!Objects.equals(before.summary(), after.summary())) {
            changed.add("summary");
        }
        if (before.source() != after.source()) {
            changed.add("source");
        }
        if (!Objects.equals(before.organisation(), after.organisation())) {
            changed.add("organisation");
        }
        if (!Objects.equals(before.incident(), after.incident())) {
            changed.add("incident");
        }
        return changed;
    }

    /** A merge patch, applied to the current facts inside the transaction that holds the case. */
    @FunctionalInterface
    public interface PatchedFacts {
        CaseFacts apply(CaseFacts current);
    }
}
