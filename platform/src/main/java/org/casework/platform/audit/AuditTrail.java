package org.casework.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;

/**
 * Appends entries to the service's audit chain, inside the caller's transaction: the entry commits
 * with the change it records, or neither does.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String OUTCOME_SUCCESS = "SUCCESS";

    private final EntityManager em;
    private final Clock clock;
    private final CallerContext callerContext;

    public AuditTrail(EntityManager em, Clock clock, CallerContext callerContext) {
        this.em = em;
        this.clock = clock;
        this.callerContext = callerContext;
    }

    /** Records an action of the current request's caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String action, String resourceType, String resourceId, Map<String, String> details) {
        return record(callerContext.get(), action, resourceType, resourceId, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(Caller caller, String action, String resourceType, String resourceId,
            Map<String, String> details) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head is missing: the platform migration did not run");
        }
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecord record = new AuditRecord(head.lastSeq + 1, now, caller.subject(), caller.onBehalfOf(),
                caller.clientId(), caller.rolesAsText(), caller.acr(), action, resourceType, resourceId,
                OUTCOME_SUCCESS, details);
        AuditEvent event = new AuditEvent();
        event.seq = record.seq();
        event.occurredAt = record.occurredAt();
        event.subject = record.subject();
        event.onBehalfOf = record.onBehalfOf();
        event.clientId = record.clientId();
        event.roles = record.roles();
        event.acr = record.acr();
        event.action = record.action();
        event.resourceType = record.resourceType();
        event.resourceId = record.resourceId();
        event.outcome = record.outcome();
        event.details = record.details();
        event.previousHash = head.lastHash;
        event.hash = HashChain.link(head.lastHash, record);
        em.persist(event);
        head.lastSeq = event.seq;
        head.lastHash = event.hash;
        return event;
    }
}
