package org.casework.platform.audit;

import java.sql.Timestamp;
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

/**
 * Appends entries to the service's audit log, inside the caller's transaction: the entry commits with the
 * change it records, or neither does. It is one INSERT with no shared row lock, so audited requests run side by
 * side (and group-commit together); {@link AuditSequencer} later gives committed entries their place in the
 * chain and the Merkle tree. The details are committed to by a salted hash ({@link DetailsHash}), so they can be
 * erased one day without breaking any proof.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String OUTCOME_SUCCESS = "SUCCESS";

    private static final String INSERT = "insert into audit_entry (occurred_at, subject, on_behalf_of, client_id, "
            + "roles, acr, action, resource_type, resource_id, outcome, details, details_salt, details_hash) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), ?12, ?13)";

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
    public void record(String action, String resourceType, String resourceId, Map<String, String> details) {
        record(callerContext.get(), action, resourceType, resourceId, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String resourceType, String resourceId,
            Map<String, String> details) {
        // AuditRecord drops null keys and values, so the details have one canonical spelling.
        AuditRecord record = new AuditRecord(0, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.subject(),
                caller.onBehalfOf(), caller.clientId(), caller.rolesAsText(), caller.acr(), action, resourceType,
                resourceId, OUTCOME_SUCCESS, details);
        String json = CanonicalJson.write(record.details());
        String salt = DetailsHash.newSalt();
        em.createNativeQuery(INSERT)
                .setParameter(1, Timestamp.from(record.occurredAt()))
                .setParameter(2, record.subject())
                .setParameter(3, record.onBehalfOf())
                .setParameter(4, record.clientId())
                .setParameter(5, record.roles())
                .setParameter(6, record.acr())
                .setParameter(7, record.action())
                .setParameter(8, record.resourceType())
                .setParameter(9, record.resourceId())
                .setParameter(10, record.outcome())
                .setParameter(11, json)
                .setParameter(12, salt)
                .setParameter(13, DetailsHash.of(salt, json))
                .executeUpdate();
    }
}
