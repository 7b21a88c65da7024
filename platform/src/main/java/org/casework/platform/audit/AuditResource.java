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

import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditors' window on the service's audit chain (DESIGN §4, §7). Every service exposes it. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (auditor)")
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    public record AuditEventView(long seq, Instant occurredAt, String subject, String onBehalfOf, String clientId,
            String roles, String acr, String action, String resourceType, String resourceId, String outcome,
            Map<String, String> details, String previousHash, String hash) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.seq, e.occurredAt, e.subject, e.onBehalfOf, e.clientId, e.roles, e.acr,
                    e.action, e.resourceType, e.resourceId, e.outcome, e.details, e.previousHash, e.hash);
        }
    }

    @GET
    @Path("/events")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "List audit entries in sequence order",
            description = "Keyset-paged by sequence number: `after` is the last sequence number already read. Role: auditor.")
    public Page<AuditEventView> events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int size = PageLimit.of(limit);
        List<AuditEvent> events = log.page(parseSeq(after), size);
        List<AuditEventView> items = events.stream().map(AuditEventView::of).toList();
        String next = events.size() == size ? String.valueOf(events.get(events.size() - 1).seq) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("/verify")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Verify the whole audit chain",
            description = "Recomputes every hash and link. Answers valid and the number of entries, or the sequence "
                    + "number at which the chain breaks and why. Role: auditor.")
    public ChainVerification verify() {
        return log.verify();
    }

    private static long parseSeq(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            long seq = Long.parseLong(after);
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter 'after' must be a sequence number (0 or more)")
                .with("errors", List.of(new FieldError("after", "must be a sequence number"))));
    }
}
