package org.casework.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.casework.cases.rest.body.RequestBodies;
import org.casework.cases.service.CaseService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/cases/{id}/assignee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseAssignmentResource {

    private final CaseService service;
    private final RequestBodies bodies;

    public CaseAssignmentResource(CaseService service, RequestBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @Schema(example = """
            {"caseworker": "5d8f2c1e-3b7a-4e0f-9a61-2c4b8d7e1f30"}""")
    public record AssignmentRequest(
            @Schema(description = "The caseworker's subject (token sub); null to unassign", nullable = true)
            @Pattern(regexp = "[\\x21-\\x7e]{1,200}", message = "must be a subject of 1 to 200 visible characters")
            @Size(max = 200) String caseworker) {
    }

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "assignCase",
            summary = "Assign the case to a caseworker", description = "Requires If-Match with the case's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentRequest.class)))
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode json) {
        AssignmentRequest body = bodies.read(json, AssignmentRequest.class);
        InvestigationCase c = service.assign(id, ifMatch, body.caseworker());
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }
}
