package org.casework.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records domain events in the service's outbox table, inside the caller's transaction: the event commits with the
 * change it tells of, or neither does. Publishing is {@link OutboxRelay}'s job, later and elsewhere, so a Kafka that
 * is down never fails or slows a request.
 *
 * <p>Each aggregate's events are numbered 1, 2, 3... in the order their transactions commit: writers of one aggregate
 * take a transaction-scoped advisory lock on it before numbering, so the next number is read only after the previous
 * writer committed. Writers of different aggregates never wait for each other. The lock is held to commit, so record
 * an event after the change's other locks are taken (as the services do: the aggregate's row lock comes first).
 */
@ApplicationScoped
public class Outbox {

    /** The first key of the two-key advisory locks on aggregates ("evts"): a key space of its own. */
    static final int AGGREGATE_LOCK_SPACE = 0x65767473;

    private static final String LOCK = "select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked";
    private static final String INSERT = "insert into outbox_event (event_id, aggregate_type, aggregate_id, "
            + "aggregate_seq, type, occurred_at, data, traceparent) values (?1, ?2, ?3, (select coalesce(max(e.aggregate_seq), 0) + 1 "
            + "from outbox_event e where e.aggregate_type = ?2 and e.aggregate_id = ?3), ?4, ?5, cast(?6 as jsonb), ?7)";

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;

    public Outbox(EntityManager em, Clock clock, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.json = json;
    }

    /** Records the event in the current transaction (there must be one) and answers its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        UUID id = UUID.randomUUID();
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + event.type() + " is not serialisable", e);
        }
        em.createNativeQuery(LOCK).setParameter(1, AGGREGATE_LOCK_SPACE)
                .setParameter(2, event.aggregateType() + "/" + event.aggregateId()).getSingleResult();
        em.createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .setParameter(6, data)
                .setParameter(7, Traceparent.current())
                .executeUpdate();
        return id;
    }
}
