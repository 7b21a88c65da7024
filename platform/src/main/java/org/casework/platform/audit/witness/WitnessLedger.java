package org.casework.platform.audit.witness;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.security.Caller;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this service has witnessed of its peers, in its own database: each observation row and its
 * audit entry are written in one transaction, so there is never one without the other.
 */
@ApplicationScoped
public class WitnessLedger {

    public static final String RESOURCE_TYPE = "audit-log";
    public static final String JOB_SUBJECT = "audit-witness";

    private final EntityManager em;
    private final AuditTrail trail;
    private final Clock clock;
    private final Caller job;

    public WitnessLedger(EntityManager em, AuditTrail trail, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.trail = trail;
        this.clock = clock;
        this.job = new Caller(JOB_SUBJECT, application, Set.of(Roles.SERVICE), null, null, true, null);
    }

    @Transactional
    public Witnessed lastWitnessed(String peerLog) {
        List<WitnessObservation> rows = em.createQuery("from WitnessObservation where peerLog = :peer and outcome = :ok "
                + "order by treeSize desc, id desc", WitnessObservation.class)
                .setParameter("peer", peerLog).setParameter("ok", Outcome.WITNESSED)
                .setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : new Witnessed(rows.get(0).treeSize, rows.get(0).rootHash);
    }

    /** The row of the largest tree witnessed, the number of failed checks and the latest of them. */
    @Transactional
    public PeerRecord recordOf(String peerLog) {
        List<WitnessObservation> witnessed = em.createQuery("from WitnessObservation where peerLog = :peer "
                + "and outcome = :ok order by treeSize desc, id desc", WitnessObservation.class)
                .setParameter("peer", peerLog).setParameter("ok", Outcome.WITNESSED)
                .setMaxResults(1).getResultList();
        long failures = em.createQuery("select count(*) from WitnessObservation where peerLog = :peer "
                + "and outcome <> :ok", Long.class)
                .setParameter("peer", peerLog).setParameter("ok", Outcome.WITNESSED).getSingleResult();
        List<WitnessObservation> lastFailure = failures == 0 ? List.of()
                : em.createQuery("from WitnessObservation where peerLog = :peer and outcome <> :ok order by id desc",
                        WitnessObservation.class)
                        .setParameter("peer", peerLog).setParameter("ok", Outcome.WITNESSED)
                        .setMaxResults(1).getResultList();
        return new PeerRecord(witnessed.isEmpty() ? null : witnessed.get(0), failures,
                lastFailure.isEmpty() ? null : lastFailure.get(0));
    }

    public record PeerRecord(WitnessObservation lastWitnessed, long failures, WitnessObservation lastFailure) {
    }

    /** What {@link #record} did. */
    public enum Recorded {
        /** The row and its audit entry are written. */
        RECORDED,
        /** The same failure as the peer's latest record (same outcome, size and root): nothing new to write. */
        REPEATED,
        /** Another replica moved the reference since this one judged: nothing written, the next run judges again. */
        STALE
    }

    /**
     * Records the verdict on a checkpoint judged against {@code judgedAgainst}. Replicas of a service
     * witness the same peers: a transaction-scoped advisory lock per peer puts them in line, and a
     * replica that finds the witnessed tree moved since it judged records nothing. A failure already on
     * record as the peer's latest is not written again every run (it stays on record, and is still alerted).
     */
    @Transactional
    public Recorded record(Peer peer, PeerCheckpoint checkpoint, Verdict verdict, Witnessed judgedAgainst) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('audit_witness'), hashtext(:peer))")
                .setParameter("peer", peer.log()).getSingleResult();
        if (!Objects.equals(lastWitnessed(peer.log()), judgedAgainst)) {
            return Recorded.STALE;
        }
        if (verdict.outcome().failed() && sameAsLatest(peer.log(), verdict.outcome(), checkpoint)) {
            return Recorded.REPEATED;
        }
        WitnessObservation row = new WitnessObservation();
        row.peerLog = peer.log();
        row.outcome = verdict.outcome();
        row.treeSize = checkpoint.treeSize();
        row.rootHash = checkpoint.rootHash();
        row.checkpointTime = Instant.parse(checkpoint.time());
        row.keyId = checkpoint.keyId() != null && checkpoint.keyId().matches("[0-9a-f]{16}") ? checkpoint.keyId() : null;
        row.signature = checkpoint.signature();
        row.reason = verdict.reason();
        row.observedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        em.persist(row);
        trail.record(job, verdict.outcome().action(), RESOURCE_TYPE, peer.log(), details(row, judgedAgainst));
        return Recorded.RECORDED;
    }

    private boolean sameAsLatest(String peerLog, Outcome outcome, PeerCheckpoint checkpoint) {
        List<WitnessObservation> latest = em.createQuery("from WitnessObservation where peerLog = :peer order by id desc",
                WitnessObservation.class).setParameter("peer", peerLog).setMaxResults(1).getResultList();
        return !latest.isEmpty() && latest.get(0).outcome == outcome && latest.get(0).treeSize == checkpoint.treeSize()
                && latest.get(0).rootHash.equals(checkpoint.rootHash());
    }

    private static Map<String, String> details(WitnessObservation row, Witnessed before) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("log", row.peerLog);
        details.put("treeSize", String.valueOf(row.treeSize));
        details.put("rootHash", row.rootHash);
        details.put("time", row.checkpointTime.toString());
        details.put("keyId", row.keyId == null ? "" : row.keyId);
        details.put("signature", row.signature);
        if (row.reason != null) {
            details.put("reason", row.reason);
        }
        if (before != null) {
            details.put("witnessedTreeSize", String.valueOf(before.treeSize()));
            details.put("witnessedRootHash", before.rootHash());
        }
        return details;
    }
}
