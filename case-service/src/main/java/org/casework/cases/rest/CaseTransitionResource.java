package org.casework.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.casework.cases.rest.body.RequestBodies;
import org.casework.cases.service.CaseTransitionService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/cases/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseTransitionResource {

    private final CaseTransitionService service;
    private final RequestBodies bodies;
    private final Idempotency idempotency;

    public CaseTransitionResource(CaseTransitionService service, RequestBodies bodies, Idempotency idempotency) {
        this.service = service;
        this.bodies = bodies;
        this.idempotency = idempotency;
    }

    @Schema(example = """
            {"to": "INVESTIGATING", "reason": "Breach report triaged: serious enough to investigate."}""")
    public record TransitionRequest(
            @NotNull(message = "is required: the state to move the case to") CaseStatus to,
            @NotBlank(message = "must be filled in") @Size(max = 2000, message = "must be 2000 characters or fewer")
            @SafeText(multiline = true, message = "must not contain control characters other than line breaks and tabs")
            String reason,
            @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be a notice id: 1 to 64 letters, digits or hyphens")
            @Size(max = 64) String noticeId) {
    }

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.NOTICE_SERVICE_CLIENT })
    @Operation(operationId = "moveCase", summary = "Move the case to another state",
            description = "Requires an Idempotency-Key: a retry with the same key and body answers the first result. "
                    + "An illegal move is a 409 naming the current and requested state. Moves that rest on a notice "
                    + "(to NOTICE_OF_INTENT_ISSUED, DECIDED or APPEALED, and withdrawal back to INVESTIGATING) need noticeId. "
                    + "DECIDED moves to APPEALED when an appeal against the decision is recorded and back to DECIDED "
                    + "when it is determined or withdrawn; a case closes only from DECIDED, never while under appeal. "
                    + "Caseworkers may only move OPEN to INVESTIGATING. If-Match is honoured when sent.\n\n"
                    + "Callers: caseworkers and decision-makers as above; of machines, notice-service's client only "
                    + "(role client:notice-service, given to a token issued to client notice-service), and only for the "
                    + "moves that rest on a notice it issues or withdraws or an appeal against it (to NOTICE_OF_INTENT_ISSUED, "
                    + "DECIDED or APPEALED, and "
                    + "back to INVESTIGATING). Every other client (case-service's, representation-service's, any unknown "
                    + "one) and a service token without a client id are refused with 403 and nothing changes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionRequest.class)))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = CaseResource.IDEMPOTENCY_KEY, required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode json) {
        Idempotency.requireValid(idempotencyKey);
        TransitionRequest body = bodies.read(json, TransitionRequest.class);
        return idempotency.execute(idempotencyKey, "POST /cases/" + id + "/transitions", body, () -> {
            InvestigationCase c = service.transition(id, ifMatch, body.to(), body.reason(), body.noticeId());
            return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
        });
    }
}
