package org.casework.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.audit.proof.CanonicalJson;
import org.casework.audit.proof.DetailsHash;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.hibernate.Session;

/**
 * Appends entries to the service's audit log: a change's entry inside the caller's transaction, so it commits with
 * the change or neither does ({@link #record}); a read's entry committed before the read is answered, together with
 * other reads' entries of the same moment ({@link #recordRead}). Either is an INSERT with no shared row lock, so
 * audited requests run side by side (and group-commit together); {@link AuditSequencer} later gives committed entries their place in the
 * chain and the Merkle tree. The details are committed to by a salted hash ({@link DetailsHash}), so they can be
 * erased one day without breaking any proof.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String OUTCOME_SUCCESS = "SUCCESS";

    private final EntityManager em;
    private final Clock clock;
    private final CallerContext callerContext;
    private final ReadEntryWriter reads;

    public AuditTrail(EntityManager em, Clock clock, CallerContext callerContext, ReadEntryWriter reads) {
        this.em = em;
        this.reads = reads;
        this.clock = clock;
        this.callerContext = callerContext;
    }

    /** Records an action of the current request's caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId, Map<String, String> details) {
        record(callerContext.get(), action, resourceType, resourceId, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String resourceType, String resourceId,
            Map<String, String> details) {
        NewEntry entry = entry(caller, action, resourceType, resourceId, details);
        // Plain JDBC on the transaction's own connection: a native query through the persistence context would first
        // flush it (it cannot know which tables the statement touches), on every audited request.
        em.unwrap(Session.class).doWork(entry::insert);
    }

    /**
     * Records a read by the current request's caller that has already happened and changed nothing, and returns once
     * its entry is committed, so before the caller is answered. A read has no change to commit with its entry, so it is
     * written with the entries of other reads arriving at the same time, one statement and one commit for them all
     * ({@link ReadEntryWriter}; docs/benchmarks.md). If the entry cannot be written, the read fails and nothing is
     * shown. Never inside a transaction: there, {@link #record} keeps the entry and the change together.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void recordRead(String action, String resourceType, String resourceId, Map<String, String> details) {
        reads.write(entry(callerContext.get(), action, resourceType, resourceId, details));
    }

    private NewEntry entry(Caller caller, String action, String resourceType, String resourceId,
            Map<String, String> details) {
        // AuditRecord drops null keys and values, so the details have one canonical spelling.
        AuditRecord record = new AuditRecord(0, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.subject(),
                caller.onBehalfOf(), caller.clientId(), caller.rolesAsText(), caller.acr(), action, resourceType,
                resourceId, OUTCOME_SUCCESS, details);
        String json = CanonicalJson.write(record.details());
        String salt = DetailsHash.newSalt();
        return new NewEntry(record, json, salt, DetailsHash.of(salt, json));
    }
}
