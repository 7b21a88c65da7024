package org.casework.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A consumer's inbox, so an event delivered twice (the relay publishes at least once) is acted on once. The event's
 * id is inserted in the same transaction as the consumer's work: if the work rolls back, so does the mark, and the
 * next delivery tries again; if it commits, every later delivery finds the mark and does nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String INSERT = "insert into processed_event (consumer, event_id, processed_at) "
            + "values (?1, ?2, ?3) on conflict do nothing";

    private final EntityManager em;
    private final Clock clock;

    public ProcessedEvents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Marks the event processed by this consumer in the current transaction; true the first time, false if it was
     * already (then the caller does nothing). A concurrent delivery of the same event waits here for the first
     * transaction's outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery(INSERT)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate() == 1;
    }

    /** Runs the consumer's action in one transaction with the mark, unless this event was processed before. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean handleOnce(String consumer, UUID eventId, Runnable action) {
        if (!firstDelivery(consumer, eventId)) {
            return false;
        }
        action.run();
        return true;
    }
}
