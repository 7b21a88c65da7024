package org.casework.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.cases.domain.CaseEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepository<CaseEvent> {

    /** A page of a case's timeline in the order things happened (keyset on the event id). */
    public List<CaseEvent> page(UUID caseId, long afterId, int limit) {
        return find("caseId = ?1 and id > ?2 order by id", caseId, afterId).range(0, limit - 1).list();
    }

    /** The timeline's entry saying that notice {@code noticeId} was given, if there is one. */
    public java.util.Optional<CaseEvent> noticeGiven(UUID caseId, String noticeId) {
        java.util.List<?> ids = getEntityManager().createNativeQuery("select id from case_event where case_id = ?1 "
                + "and type = 'NOTICE_GIVEN' and details ->> 'noticeId' = ?2 order by id limit 1")
                .setParameter(1, caseId).setParameter(2, noticeId).getResultList();
        return ids.stream().findFirst().map(id -> findById(((Number) id).longValue()));
    }
}
