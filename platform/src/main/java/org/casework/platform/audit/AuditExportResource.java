package org.casework.platform.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;

import org.casework.audit.proof.ExportLine;
import org.casework.audit.proof.ExportWriter;
import org.casework.audit.proof.TreeProofs;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The auditors' export (NDJSON): the latest signed checkpoint, the range line when the export does not cover
 * the whole tree, then the entries fromSeq..toSeq with details and salts. Streamed from keyset reads in batches,
 * so memory stays flat; the offline verifier (audit-verifier) checks it with no trust in the running service.
 */
@Path("/audit/export")
@Tag(name = "Audit")
public class AuditExportResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final int BATCH = 1000;

    private final AuditStore store;

    public AuditExportResource(AuditStore store) {
        this.store = store;
    }

    @GET
    @Produces(NDJSON)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "exportAuditLog",
            summary = "Export entries with the signed checkpoint they verify against",
            description = "NDJSON, one object per line (`type` first): the latest checkpoint, a `range` line when the "
                    + "export is not the whole tree, then entries `fromSeq` (default 1) to `toSeq` (default the "
                    + "checkpoint's size).")
    public StreamingOutput export(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @QueryParam("fromSeq") String fromParam,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = AuditParams.NUMBER_LENGTH,
                    pattern = AuditParams.NUMBER_PATTERN))
            @QueryParam("toSeq") String toParam) {
        SignedCheckpoint checkpoint = store.latestCheckpoint()
                .orElseThrow(() -> ProblemException.notFound("A signed checkpoint"));
        long size = checkpoint.treeSize();
        long from = AuditParams.number("fromSeq", fromParam, 1, 1L);
        long to = AuditParams.number("toSeq", toParam, 1, size);
        if (to > size) {
            throw AuditParams.invalid("toSeq", "must not exceed the latest signed checkpoint's " + size + " entries");
        }
        if (from > to + 1 || (from > to && toParam != null)) {
            throw AuditParams.invalid("fromSeq", "must not exceed 'toSeq' (" + to + ")");
        }
        return output -> {
            try (Connection c = store.connect()) {
                ExportWriter writer = new ExportWriter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
                writer.write(ExportLine.CheckpointLine.of(checkpoint.checkpoint(), checkpoint.keyId(), checkpoint.signature()));
                if (from > 1 || to < size) {
                    writer.write(new ExportLine.Range(TreeProofs.perfectSubtreeHashes(MerkleNodes.on(c), 0, from - 1),
                            TreeProofs.perfectSubtreeHashes(MerkleNodes.on(c), to, size)));
                }
                long after = from - 1;
                while (after < to) {
                    List<LinkedEntry> batch = AuditStore.page(c, after, to, BATCH);
                    for (LinkedEntry l : batch) {
                        StoredEntry e = l.entry();
                        writer.write(new ExportLine.Entry(e.leaf(l.seq()), e.detailsSalt(),
                                CanonicalDetails.parse(e.detailsJson()), l.previousHash(), l.hash()));
                    }
                    if (batch.size() < BATCH) {
                        break;
                    }
                    after = batch.get(batch.size() - 1).seq();
                }
                writer.flush();
            } catch (SQLException e) {
                throw new IllegalStateException("could not export the audit log", e);
            }
        };
    }
}
