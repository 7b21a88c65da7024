package org.casework.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.service.CaseTransitionService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseTransitionResource {

    private final CaseTransitionService service;
    private final Idempotency idempotency;

    public CaseTransitionResource(CaseTransitionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    public record TransitionRequest(
            @NotNull CaseStatus to,
            @NotBlank @Size(max = 2000) @SafeText(multiline = true) String reason,
            @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be a notice id") String noticeId) {
    }

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.NOTICE_SERVICE_CLIENT })
    @Operation(summary = "Move the case to another state",
            description = "Requires an Idempotency-Key: a retry with the same key and body answers the first result. "
                    + "An illegal move is a 409 naming the current and requested state. Moves that rest on a notice "
                    + "(to NOTICE_OF_INTENT_ISSUED or DECIDED, and withdrawal back to INVESTIGATING) need noticeId. "
                    + "Caseworkers may only move OPEN to INVESTIGATING. If-Match is honoured when sent.")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TransitionRequest body) {
        Idempotency.requireValid(idempotencyKey);
        return idempotency.execute(idempotencyKey, "POST /cases/" + id + "/transitions", body, () -> {
            InvestigationCase c = service.transition(id, ifMatch, body.to(), body.reason(), body.noticeId());
            return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
        });
    }
}
