package org.casework.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the end of the chain. Writers lock it, so concurrent transactions
 * append one after another and the chain stays linear; the verifier compares against it to detect
 * a cut-off tail.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;
}
