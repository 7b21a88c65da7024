package org.casework.cases.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseEventRepository;
import org.casework.cases.repository.CaseRepository;
import org.casework.cases.repository.CaseSearchCriteria;
import org.casework.cases.repository.CaseSearchRepository;
import org.casework.cases.repository.CaseSort;
import org.casework.cases.repository.CaseSummary;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.hibernate.jpa.HibernateHints;

/**
 * Reading cases. Reading one case's detail or timeline is recorded in the audit trail (the record
 * holds personal and special-category data); the list shows only summary lines and is not.
 */
@ApplicationScoped
public class CaseQueries {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseSearchRepository search;
    private final AuditTrail audit;

    public CaseQueries(CaseRepository cases, CaseEventRepository events, CaseSearchRepository search, AuditTrail audit) {
        this.cases = cases;
        this.events = events;
        this.search = search;
        this.audit = audit;
    }

    /**
     * The case with its findings, loaded in one query, and the read recorded before it is answered. No transaction:
     * one statement reads, and the entry commits on its own ({@link AuditTrail#recordRead}); the busiest audited
     * path then costs two statements and no COMMIT. A case that is not there is not recorded as read.
     */
    @Transactional(Transactional.TxType.NEVER)
    public InvestigationCase detail(UUID id) {
        // Read-only: nothing here changes the case or its findings, so the session keeps no snapshot to compare.
        InvestigationCase c = cases.find("from InvestigationCase c left join fetch c.findings where c.id = ?1", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + id));
        audit.recordRead("case.read", CaseService.RESOURCE, id.toString(), Map.of());
        return c;
    }

    /** A page of the case's timeline, and the read recorded, as {@link #detail}: no transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public Page<CaseEvent> timeline(UUID id, String after, int limit) {
        if (cases.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("Case " + id);
        }
        long afterId = 0;
        if (after != null && !after.isEmpty()) {
            try {
                afterId = Long.parseLong(Cursor.decode(after, 1).get(0));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        List<CaseEvent> page = events.page(id, afterId, limit);
        audit.recordRead("case.timeline-read", CaseService.RESOURCE, id.toString(), Map.of());
        String next = page.size() == limit ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id)) : null;
        return new Page<>(page, next);
    }

    @Transactional
    public Page<CaseSummary> list(CaseSearchCriteria criteria, CaseSort sort, String after, int limit) {
        CaseSearchRepository.Position position = null;
        if (after != null && !after.isEmpty()) {
            position = decode(after, sort);
        }
        List<CaseSummary> rows = search.search(criteria, sort, position, limit);
        String next = null;
        if (rows.size() == limit) {
            CaseSummary last = rows.get(rows.size() - 1);
            next = Cursor.encode(sort.parameter(), CaseSearchRepository.sortValueOf(last, sort), last.id().toString());
        }
        return new Page<>(rows, next);
    }

    /** The caseload by state, every state present (zero where there is none). */
    @Transactional
    public java.util.Map<org.casework.cases.domain.CaseStatus, Long> caseload() {
        java.util.Map<org.casework.cases.domain.CaseStatus, Long> counts = new java.util.EnumMap<>(
                org.casework.cases.domain.CaseStatus.class);
        for (org.casework.cases.domain.CaseStatus s : org.casework.cases.domain.CaseStatus.values()) {
            counts.put(s, 0L);
        }
        counts.putAll(search.countsByStatus());
        return counts;
    }

    private static CaseSearchRepository.Position decode(String after, CaseSort sort) {
        List<String> parts = Cursor.decode(after, 3);
        if (!parts.get(0).equals(sort.parameter())) {
            throw Cursor.invalid();
        }
        try {
            if (sort == CaseSort.OPENED_NEWEST || sort == CaseSort.OPENED_OLDEST) {
                Instant.parse(parts.get(1));
            }
            return new CaseSearchRepository.Position(parts.get(1), UUID.fromString(parts.get(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }
}
