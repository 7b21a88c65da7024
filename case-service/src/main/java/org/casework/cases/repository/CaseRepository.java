package org.casework.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.cases.domain.InvestigationCase;
import org.casework.platform.problem.ProblemException;
import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<InvestigationCase, UUID> {

    /**
     * Loads a case and locks its row until the transaction ends, so concurrent changes to one case
     * run one after another and each sees the state the previous one left.
     */
    public InvestigationCase lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Case " + id));
    }

    /**
     * Loads the findings of a case the caller is about to answer with: the answer is written after
     * the transaction ends, when the lazy collection could no longer be read.
     */
    public InvestigationCase withFindings(InvestigationCase c) {
        Hibernate.initialize(c.findings);
        return c;
    }


    /** The next case number of a year; the counter row serialises concurrent openings. */
    public long nextReferenceNumber(int year) {
        Object value = getEntityManager().createNativeQuery("""
                insert into case_reference_counter (year, last_number) values (?1, 1)
                on conflict (year) do update set last_number = case_reference_counter.last_number + 1
                returning last_number""")
                .setParameter(1, year)
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
