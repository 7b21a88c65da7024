package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.casework.audit.proof.CanonicalJson;
import org.casework.audit.proof.DetailsHash;
import org.casework.platform.security.Caller;
import org.casework.platform.security.CallerContext;
import org.hibernate.Session;

/**
 * Appends entries to the service's audit log: a change's entry inside the caller's transaction, so it commits with
 * the change or neither does ({@link #record}); a read's entry on its own, before the read is answered
 * ({@link #recordRead}). It is one INSERT with no shared row lock, so audited requests run side by
 * side (and group-commit together); {@link AuditSequencer} later gives committed entries their place in the
 * chain and the Merkle tree. The details are committed to by a salted hash ({@link DetailsHash}), so they can be
 * erased one day without breaking any proof.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String OUTCOME_SUCCESS = "SUCCESS";

    private static final String INSERT = "insert into audit_entry (occurred_at, subject, on_behalf_of, client_id, "
            + "roles, acr, action, resource_type, resource_id, outcome, details, details_salt, details_hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";

    private final EntityManager em;
    private final DataSource dataSource;
    private final Clock clock;
    private final CallerContext callerContext;

    public AuditTrail(EntityManager em, DataSource dataSource, Clock clock, CallerContext callerContext) {
        this.em = em;
        this.dataSource = dataSource;
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
        Entry entry = entry(caller, action, resourceType, resourceId, details);
        // Plain JDBC on the transaction's own connection: a native query through the persistence context would first
        // flush it (it cannot know which tables the statement touches), on every audited request.
        em.unwrap(Session.class).doWork(entry::insert);
    }

    /**
     * Records a read by the current request's caller that has already happened and changed nothing: the entry is
     * one INSERT that commits on its own, before the caller is answered. A read has no change to commit with its
     * entry, so a transaction around the two would only add a COMMIT round trip and the transaction manager's work
     * to the busiest path (docs/benchmarks.md). If the entry cannot be written, the read fails and nothing is shown.
     * Never inside a transaction: there, {@link #record} keeps the entry and the change together.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void recordRead(String action, String resourceType, String resourceId, Map<String, String> details) {
        Entry entry = entry(callerContext.get(), action, resourceType, resourceId, details);
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            entry.insert(connection);
        } catch (SQLException e) {
            throw new PersistenceException("The audit entry of a read could not be written", e);
        }
    }

    private Entry entry(Caller caller, String action, String resourceType, String resourceId,
            Map<String, String> details) {
        // AuditRecord drops null keys and values, so the details have one canonical spelling.
        AuditRecord record = new AuditRecord(0, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.subject(),
                caller.onBehalfOf(), caller.clientId(), caller.rolesAsText(), caller.acr(), action, resourceType,
                resourceId, OUTCOME_SUCCESS, details);
        String json = CanonicalJson.write(record.details());
        String salt = DetailsHash.newSalt();
        return new Entry(record, json, salt, DetailsHash.of(salt, json));
    }

    /** One entry as it is inserted: its record, the details' canonical JSON, their salt and salted hash. */
    private record Entry(AuditRecord record, String json, String salt, String hash) {

        void insert(Connection connection) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, Timestamp.from(record.occurredAt()));
                insert.setString(2, record.subject());
                insert.setString(3, record.onBehalfOf());
                insert.setString(4, record.clientId());
                insert.setString(5, record.roles());
                insert.setString(6, record.acr());
                insert.setString(7, record.action());
                insert.setString(8, record.resourceType());
                insert.setString(9, record.resourceId());
                insert.setString(10, record.outcome());
                insert.setString(11, json);
                insert.setString(12, salt);
                insert.setString(13, hash);
                insert.executeUpdate();
            }
        }
    }
}
