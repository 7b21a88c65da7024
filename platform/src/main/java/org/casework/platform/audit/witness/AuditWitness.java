package org.casework.platform.audit.witness;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The witness job (issue 12 item 4): every {@code casework.audit.witness.every} it fetches each peer's
 * latest signed checkpoint, checks it against the configured key and against the largest tree of that
 * peer witnessed before (consistency proof), and records the outcome in this service's own audit log.
 * A peer rolled back, truncated or rewritten behind its own back is then on record here, signed by
 * the peer itself. A peer that cannot be asked is skipped until the next run; nothing reaches the
 * scheduler. A failed check is logged as one line and counted ({@code casework.audit.witness.failures}).
 */
@ApplicationScoped
public class AuditWitness {

    private static final Logger LOG = Logger.getLogger(AuditWitness.class);
    static final String FAILURES = "casework.audit.witness.failures";

    private final Peers peers;
    private final PeerFetcher fetcher;
    private final WitnessLedger ledger;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Map<String, Unreachable> unreachable = new ConcurrentHashMap<>();

    public AuditWitness(Peers peers, PeerFetcher fetcher, WitnessLedger ledger, MeterRegistry metrics, Clock clock) {
        this.peers = peers;
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The last time a peer could not be asked, and why (not evidence about its log; cleared when it answers). */
    public record Unreachable(Instant at, String reason) {
    }

    void validateAtStart(@Observes StartupEvent start) {
        // a malformed peer key stops the start-up here, not at the first run; the failure counters
        // exist from the start, at 0, so an alert rule can tell "no failure" from "no witness"
        for (Peer peer : peers.all()) {
            for (Outcome outcome : Outcome.values()) {
                if (outcome.failed()) {
                    metrics.counter(FAILURES, "peer", peer.log(), "outcome", outcome.name());
                }
            }
        }
    }

    @Scheduled(every = "${casework.audit.witness.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-witness")
    void run() {
        witnessAll();
    }

    /** One pass over every peer (none configured: nothing to do); never throws. */
    public void witnessAll() {
        for (Peer peer : peers.all()) {
            try {
                witness(peer);
            } catch (RuntimeException e) {
                // the peer or the token issuer not answering, or this database refusing the write (rolled
                // back whole): nothing half-written, the next run tries again
                String reason = e instanceof PeerUnavailableException ? e.getMessage()
                        : "not recorded: " + e.getClass().getSimpleName();
                unreachable.put(peer.log(), new Unreachable(clock.instant(), reason));
                metrics.counter("casework.audit.witness.unreachable", "peer", peer.log()).increment();
                LOG.warnf("audit witness: %s not witnessed this run: %s", peer.log(), reason);
            }
        }
    }

    /** Checks one peer's latest checkpoint and records what it showed; answers the outcome. */
    public Outcome witness(Peer peer) {
        PeerCheckpoint checkpoint = fetcher.latest(peer);
        Witnessed last = ledger.lastWitnessed(peer.log());
        Verdict verdict = CheckpointJudge.judge(peer, checkpoint, last,
                (from, to) -> fetcher.consistency(peer, from, to));
        unreachable.remove(peer.log());
        if (verdict.outcome() == Outcome.UNCHANGED
                || ledger.record(peer, checkpoint, verdict, last) == WitnessLedger.Recorded.STALE) {
            return verdict.outcome();
        }
        if (verdict.outcome().failed()) {
            metrics.counter(FAILURES, "peer", peer.log(), "outcome", verdict.outcome().name()).increment();
            LOG.errorf("AUDIT WITNESS ALERT: %s's log failed a check (%s): %s", peer.log(), verdict.outcome(),
                    verdict.reason());
        }
        return verdict.outcome();
    }

    public Unreachable unreachable(String peerLog) {
        return unreachable.get(peerLog);
    }
}
