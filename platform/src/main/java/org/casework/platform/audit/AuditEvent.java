package org.casework.platform.audit;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only audit table. The database refuses UPDATE, DELETE and TRUNCATE on it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String subject;

    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Column(name = "client_id")
    public String clientId;

    @Column(nullable = false)
    public String roles;

    public String acr;

    @Column(nullable = false)
    public String action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(nullable = false)
    public String outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> details;

    @Column(name = "prev_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    public AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, subject, onBehalfOf, clientId, roles, acr, action, resourceType,
                resourceId, outcome, details);
    }

    public ChainedEntry toChainedEntry() {
        return new ChainedEntry(toRecord(), previousHash, hash);
    }
}
