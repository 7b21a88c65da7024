package org.casework.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditors' window on the service's audit log (DESIGN §4, §7): its entries and its verification. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only audit log: hash chain, Merkle tree, signed checkpoints (auditor)")
public class AuditEventsResource {

    private final AuditStore store;
    private final AuditVerifier verifier;

    public AuditEventsResource(AuditStore store, AuditVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /** Each text as long as its column of audit_event can hold. */
    public record AuditEventView(@Schema(minimum = "1", maximum = Produced.BIGINT_MAX) long seq, Instant occurredAt,
            @Schema(maxLength = 200) String subject, @Schema(maxLength = 200) String onBehalfOf,
            @Schema(maxLength = 200) String clientId, @Schema(maxLength = 500) String roles,
            @Schema(maxLength = 50) String acr, @Schema(maxLength = 100) String action,
            @Schema(maxLength = 100) String resourceType, @Schema(maxLength = 200) String resourceId,
            @Schema(maxLength = 50) String outcome,
            @Schema(description = "What the action concerned, name to text; each text at most "
                    + AuditRecord.MAX_DETAIL_LENGTH + " characters", additionalProperties = DetailText.class)
            Map<String, String> details,
            @Schema(maxLength = Produced.SHA256_HEX) String detailsHash,
            @Schema(maxLength = Produced.SHA256_HEX) String previousHash, @Schema(maxLength = Produced.SHA256_HEX) String hash) {

        static AuditEventView of(LinkedEntry l) {
            StoredEntry e = l.entry();
            return new AuditEventView(l.seq(), e.occurredAt(), e.subject(), e.onBehalfOf(), e.clientId(), e.roles(),
                    e.acr(), e.action(), e.resourceType(), e.resourceId(), e.outcome(),
                    CanonicalDetails.parse(e.detailsJson()), e.detailsHash(), l.previousHash(), l.hash());
        }
    }

    @GET
    @Path("/events")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditEvents", summary = "List linked audit entries in sequence order",
            description = "Keyset-paged by sequence number: `after` is the last sequence number already read. Entries "
                    + "appended but not yet linked by the sequencer (see `pending` in /audit/verify) are not listed "
                    + "yet.")
    public Page<AuditEventView> events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int size = PageLimit.of(limit);
        List<LinkedEntry> events = store.page(AuditParams.number("after", after, 0, 0L), size);
        List<AuditEventView> items = events.stream().map(AuditEventView::of).toList();
        String next = events.size() == size ? String.valueOf(events.get(events.size() - 1).seq()) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("/verify")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "verifyAuditLog", summary = "Verify the whole audit log",
            description = "Recomputes every details hash, entry hash and link, the Merkle root of every stored signed "
                    + "checkpoint and its signature, and checks that no checkpoint covers more entries than the log "
                    + "holds. Answers valid, the number of entries and the root, or the sequence number at which the "
                    + "log breaks and why; `pending` counts entries not linked yet (not a fault), `lagMillis` the age "
                    + "of the oldest. By default only what was linked since the last verification that passed on this replica is "
                    + "walked (the earlier prefix's last hash must still be in place); `full=true` walks everything.")
    public ChainVerification verify(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "true", "false" }))
            @QueryParam("full") String full) {
        if (full != null && !full.equals("true") && !full.equals("false")) {
            throw AuditParams.invalid("full", "must be true or false");
        }
        return verifier.verify("true".equals(full));
    }
}
