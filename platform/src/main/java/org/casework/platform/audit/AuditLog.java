package org.casework.platform.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads the audit chain back: pages of entries for auditors, and a full verification walk. */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final EntityManager em;

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<AuditEvent> page(long afterSeq, int limit) {
        return em.createQuery("from AuditEvent where seq > :after order by seq", AuditEvent.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Reads the whole chain in batches (keyset by seq, the persistence context cleared between
     * batches so memory stays flat) and checks every link.
     */
    @Transactional
    public ChainVerification verify() {
        // One snapshot for the head and every entry, so entries appended meanwhile are not mistaken
        // for entries written behind the trail's back.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEvent> batch = page(after, VERIFY_BATCH);
            for (AuditEvent event : batch) {
                if (!verifier.accept(event.toChainedEntry())) {
                    return verifier.finish(head.lastSeq, head.lastHash);
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).seq;
            em.clear();
        }
        return verifier.finish(head.lastSeq, head.lastHash);
    }
}
