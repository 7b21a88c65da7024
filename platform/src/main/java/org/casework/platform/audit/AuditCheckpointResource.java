package org.casework.platform.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.proof.Signatures;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The log's signed checkpoints and the key that signs them: what auditors and the other services keep. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditCheckpointResource {

    public record PublicKeyView(@Schema(maxLength = Produced.NAME) String log,
            @Schema(maxLength = 16, description = "The first 16 hex digits of the SHA-256 of the encoded key") String keyId,
            @Schema(enumeration = Signatures.ALGORITHM) String algorithm,
            @Schema(maxLength = 200, description = "The Ed25519 public key, X.509 SubjectPublicKeyInfo in PEM")
            String publicKeyPem) {
    }

    private final AuditStore store;
    private final CheckpointSigner signer;

    public AuditCheckpointResource(AuditStore store, CheckpointSigner signer) {
        this.store = store;
        this.signer = signer;
    }

    @GET
    @Path("/checkpoints/latest")
    @RolesAllowed({ Roles.AUDITOR, Roles.CASE_SERVICE_CLIENT, Roles.NOTICE_SERVICE_CLIENT,
            Roles.REPRESENTATION_SERVICE_CLIENT })
    @Operation(operationId = "readLatestAuditCheckpoint", summary = "The latest signed checkpoint",
            description = "`{log, treeSize, rootHash, time, keyId, signature}`: the Ed25519 signature is over the "
                    + "checkpoint's signed text (see docs/security.md). Read by auditors, and by the other services' "
                    + "clients as witnesses.")
    public SignedCheckpoint latest() {
        return store.latestCheckpoint().orElseThrow(() -> ProblemException.notFound("A checkpoint"));
    }

    @GET
    @Path("/checkpoints")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditCheckpoints", summary = "List signed checkpoints by tree size",
            description = "Keyset-paged: `after` is the last tree size already read.")
    public Page<SignedCheckpoint> list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int size = PageLimit.of(limit);
        List<SignedCheckpoint> items = store.checkpointsAfter(AuditParams.number("after", after, 0, -1L), size);
        String next = items.size() == size ? String.valueOf(items.get(items.size() - 1).treeSize()) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("/public-key")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "readAuditPublicKey",
            summary = "The log's checkpoint signing key (public half)",
            description = "The Ed25519 public key, as PEM, that verifies every checkpoint's signature.")
    public PublicKeyView publicKey() {
        return new PublicKeyView(signer.log(), signer.keyId(), Signatures.ALGORITHM, signer.publicKeyPem());
    }
}
