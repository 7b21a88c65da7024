package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.proof.NodeSource;
import org.casework.audit.proof.TreeProofs;
import org.casework.platform.openapi.Produced;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RFC 9162 proofs from the stored Merkle nodes (O(log n) reads each): that an entry is in a tree of a given
 * size, and that a smaller tree is a prefix of a larger one. Without a tree size they answer for the latest
 * signed checkpoint, whose root the caller can check against its signature.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditProofResource {

    public record InclusionProof(@Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long seq,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long treeSize,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long leafIndex, @Schema(maxLength = Produced.SHA256_HEX) String leafHash,
            @Schema(maxItems = MAX_PROOF, description = "Sibling hashes, leaf to root (SHA-256 hex)")
            List<@Size(max = Produced.SHA256_HEX) String> proof,
            @Schema(maxLength = Produced.SHA256_HEX) String rootHash) {
    }

    public record ConsistencyProof(@Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long from,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long to,
            @Schema(maxLength = Produced.SHA256_HEX) String fromRoot, @Schema(maxLength = Produced.SHA256_HEX) String toRoot,
            @Schema(maxItems = MAX_PROOF, description = "Hashes (SHA-256 hex)")
            List<@Size(max = Produced.SHA256_HEX) String> proof) {
    }

    /** A proof in a tree of at most 2^63 leaves holds at most two hashes per level. */
    static final int MAX_PROOF = 128;

    private final AuditStore store;

    public AuditProofResource(AuditStore store) {
        this.store = store;
    }

    @GET
    @Path("/events/{seq}/proof")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "readAuditInclusionProof", summary = "Inclusion proof of one entry",
            description = "Proves that entry `seq` (leaf `seq − 1`) is in the tree of `treeSize` entries (default: the "
                    + "latest checkpoint's).")
    public InclusionProof inclusion(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @PathParam("seq") String seqParam,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @QueryParam("treeSize") String treeSizeParam) {
        long seq = AuditParams.number("seq", seqParam, 1, null);
        try (Connection c = store.connect()) {
            long size = AuditStore.size(c);
            if (seq > size) {
                throw ProblemException.notFound("Audit entry " + seq);
            }
            long treeSize = treeSize("treeSize", treeSizeParam, size, seq);
            if (seq > treeSize) {
                throw AuditParams.invalid("treeSize", "must be at least the entry's seq (" + seq + ")");
            }
            NodeSource nodes = MerkleNodes.on(c);
            return new InclusionProof(seq, treeSize, seq - 1, nodes.node(0, seq - 1),
                    TreeProofs.inclusionProof(nodes, seq - 1, treeSize), TreeProofs.rootHash(nodes, treeSize));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    @GET
    @Path("/consistency")
    @RolesAllowed({ Roles.AUDITOR, Roles.CASE_SERVICE_CLIENT, Roles.NOTICE_SERVICE_CLIENT,
            Roles.REPRESENTATION_SERVICE_CLIENT })
    @Operation(operationId = "readAuditConsistencyProof", summary = "Consistency proof between two tree sizes",
            description = "Proves that the tree of `from` entries is a prefix of the tree of `to` entries (default: the "
                    + "latest checkpoint's size). Asked for by auditors, and by the other services' clients as witnesses.")
    public ConsistencyProof consistency(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @QueryParam("from") String fromParam,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @QueryParam("to") String toParam) {
        long from = AuditParams.number("from", fromParam, 1, null);
        try (Connection c = store.connect()) {
            long size = AuditStore.size(c);
            long to = treeSize("to", toParam, size, from);
            if (from > to) {
                throw AuditParams.invalid("from", "must not exceed 'to' (" + to + ")");
            }
            NodeSource nodes = MerkleNodes.on(c);
            return new ConsistencyProof(from, to, TreeProofs.rootHash(nodes, from), TreeProofs.rootHash(nodes, to),
                    TreeProofs.consistencyProof(nodes, from, to));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    /**
     * The requested tree size, else the latest checkpoint's when it holds {@code atLeast} entries, else the whole
     * log; never beyond the linked entries.
     */
    private long treeSize(String name, String value, long size, long atLeast) {
        long latest = store.latestCheckpoint().map(SignedCheckpoint::treeSize).orElse(0L);
        long treeSize = AuditParams.number(name, value, 1, latest >= atLeast && latest <= size ? latest : size);
        if (treeSize > size) {
            throw AuditParams.beyondLog(name, treeSize, size);
        }
        return treeSize;
    }
}
