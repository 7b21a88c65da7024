package org.casework.representations.repository;

import jakarta.persistence.EntityManager;

/**
 * A named PostgreSQL advisory lock held until the transaction ends: serialises work on something that
 * has no row to lock yet (a window being opened) or spans many rows (an organisation's submissions).
 */
final class TransactionLock {

    private TransactionLock() {
    }

    static void acquire(EntityManager em, String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name).getSingleResult();
    }
}
