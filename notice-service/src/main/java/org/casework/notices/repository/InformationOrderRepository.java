package org.casework.notices.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.investigation.InformationOrder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InformationOrderRepository implements PanacheRepositoryBase<InformationOrder, UUID> {

    public List<InformationOrder> ofNotice(UUID noticeId) {
        return list("noticeId = ?1 order by stageOn, recordedAt, id", noticeId);
    }
}
