package org.casework.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.service.CaseService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/{id}/assignee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseAssignmentResource {

    private final CaseService service;

    public CaseAssignmentResource(CaseService service) {
        this.service = service;
    }

    public record AssignmentRequest(
            @Schema(description = "The caseworker's subject (token sub); null to unassign", nullable = true)
            @Pattern(regexp = "[\\x21-\\x7e]{1,200}", message = "must be a subject of 1 to 200 visible characters")
            String caseworker) {
    }

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(summary = "Assign the case to a caseworker", description = "Requires If-Match with the case's ETag.")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssignmentRequest body) {
        InvestigationCase c = service.assign(id, ifMatch, body.caseworker());
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }
}
