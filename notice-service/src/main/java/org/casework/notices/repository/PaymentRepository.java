package org.casework.notices.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.payment.InstalmentPlan;
import org.casework.notices.domain.payment.Payment;
import org.casework.notices.domain.payment.RecoveryReferral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The payments, instalment plans and recovery referrals of penalty accounts, one notice or a page of them at a time. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> ofNotice(UUID noticeId) {
        return find("noticeId = ?1 order by receivedOn, recordedAt, id", noticeId).list();
    }

    public Map<UUID, List<Payment>> ofNotices(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return find("noticeId in ?1 order by receivedOn, recordedAt, id", noticeIds).stream()
                .collect(Collectors.groupingBy(p -> p.noticeId));
    }

    public boolean referenceUsed(String reference) {
        return count("reference", reference) > 0;
    }

    public Optional<InstalmentPlan> currentPlan(UUID noticeId) {
        return getEntityManager().createQuery("from InstalmentPlan where noticeId = ?1 and supersededAt is null",
                InstalmentPlan.class).setParameter(1, noticeId).getResultStream().findFirst();
    }

    public Map<UUID, InstalmentPlan> currentPlans(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from InstalmentPlan where noticeId in ?1 and supersededAt is null",
                InstalmentPlan.class).setParameter(1, noticeIds).getResultStream()
                .collect(Collectors.toMap(p -> p.noticeId, p -> p));
    }

    /** Every plan agreed for a notice, the earliest first: the current one last. */
    public List<InstalmentPlan> plans(UUID noticeId) {
        return getEntityManager().createQuery("from InstalmentPlan where noticeId = ?1 order by agreedAt",
                InstalmentPlan.class).setParameter(1, noticeId).getResultList();
    }

    public Optional<RecoveryReferral> referral(UUID noticeId) {
        return Optional.ofNullable(getEntityManager().find(RecoveryReferral.class, noticeId));
    }

    public Map<UUID, RecoveryReferral> referrals(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from RecoveryReferral where noticeId in ?1", RecoveryReferral.class)
                .setParameter(1, noticeIds).getResultStream().collect(Collectors.toMap(r -> r.noticeId, r -> r));
    }
}
