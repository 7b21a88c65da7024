package org.casework.platform.audit.witness;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One checkpoint of a peer as this service saw it, and what the checks showed. Never changed once written. */
@Entity
@Immutable
@Table(name = "audit_witness_observation")
public class WitnessObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "peer_log", nullable = false)
    public String peerLog;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "tree_size", nullable = false)
    public long treeSize;

    @Column(name = "root_hash", nullable = false)
    public String rootHash;

    @Column(name = "checkpoint_time", nullable = false)
    public Instant checkpointTime;

    @Column(name = "key_id")
    public String keyId;

    @Column(nullable = false)
    public String signature;

    public String reason;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;
}
