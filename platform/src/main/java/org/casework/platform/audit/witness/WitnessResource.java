package org.casework.platform.audit.witness;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.platform.openapi.Produced;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service has witnessed of the other services' audit logs (auditor). */
@Path("/audit/witness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (auditor)")
public class WitnessResource {

    private final Peers peers;
    private final WitnessLedger ledger;
    private final AuditWitness witness;

    public WitnessResource(Peers peers, WitnessLedger ledger, AuditWitness witness) {
        this.peers = peers;
        this.ledger = ledger;
        this.witness = witness;
    }

    /** Each text as long as its column of audit_witness_observation holds it. */
    public record WitnessedCheckpoint(@Schema(maxLength = 100) String log,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long treeSize, @Schema(maxLength = Produced.SHA256_HEX) String rootHash,
            Instant time, @Schema(maxLength = 64) String keyId,
            @Schema(maxLength = 200) String signature, Instant witnessedAt) {

        static WitnessedCheckpoint of(WitnessObservation o) {
            return o == null ? null : new WitnessedCheckpoint(o.peerLog, o.treeSize, o.rootHash, o.checkpointTime,
                    o.keyId, o.signature, o.observedAt);
        }
    }

    public record FailedCheck(@Schema(maxLength = 30) String outcome, @Schema(maxLength = 300) String reason,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long treeSize, @Schema(maxLength = Produced.SHA256_HEX) String rootHash,
            Instant observedAt) {

        static FailedCheck of(WitnessObservation o) {
            return o == null ? null : new FailedCheck(o.outcome.action(), o.reason, o.treeSize, o.rootHash, o.observedAt);
        }
    }

    public record PeerWitness(@Schema(maxLength = 100) String log, @Schema(maxLength = 64) String keyId,
            WitnessedCheckpoint lastWitnessed, boolean allChecksPassed,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long failedChecks,
            FailedCheck lastFailure, Instant lastUnreachableAt, @Schema(maxLength = 300) String lastUnreachableReason) {
    }

    public record WitnessReport(@Schema(maxItems = Peers.MAX, description = "One per configured peer") List<PeerWitness> peers) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "readAuditWitnessReport",
            summary = "What this service witnessed of the other services' audit logs",
            description = "Per configured peer: the largest signed checkpoint witnessed and when, whether every check "
                    + "of its checkpoints passed (signature with the configured key, no smaller tree, consistency "
                    + "proofs), the number of failed checks and the latest. A failed check is never cleared. "
                    + "lastUnreachable* says when the peer last could not be asked (not evidence about its log).")
    public WitnessReport report() {
        return new WitnessReport(peers.all().stream().map(this::peer).toList());
    }

    private PeerWitness peer(Peer peer) {
        WitnessLedger.PeerRecord record = ledger.recordOf(peer.log());
        AuditWitness.Unreachable down = witness.unreachable(peer.log());
        return new PeerWitness(peer.log(), peer.keyId(), WitnessedCheckpoint.of(record.lastWitnessed()),
                record.failures() == 0, record.failures(), FailedCheck.of(record.lastFailure()),
                down == null ? null : down.at(), down == null ? null : down.reason());
    }
}
