package org.casework.cases.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.cases.domain.Finding;
import org.casework.cases.rest.body.RequestBodies;
import org.casework.cases.service.FindingService;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/cases/{id}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class FindingResource {

    private final FindingService service;
    private final RequestBodies bodies;

    public FindingResource(FindingService service, RequestBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @Schema(example = """
            {"provision": "UK GDPR Art 32(1)", "description": "No tested backups; no multi-factor authentication."}""")
    public record FindingRequest(
            @Schema(example = "UK GDPR Art 32(1)") @NotBlank(message = "must be filled in")
            @Size(max = 200, message = "must be 200 characters or fewer")
            @SafeText(message = "must be one line of text without control characters") String provision,
            @NotBlank(message = "must be filled in") @Size(max = 10000, message = "must be 10000 characters or fewer")
            @SafeText(multiline = true, message = "must not contain control characters other than line breaks and tabs")
            String description) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(operationId = "recordFinding", summary = "Record a finding",
            description = "A provision found breached, with the evidence notes. Refused (409) once the case is decided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FindingRequest.class)))
    public Response record(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode json) {
        FindingRequest body = bodies.read(json, FindingRequest.class);
        Finding f = service.record(id, ifMatch, body.provision(), body.description());
        return Response.created(URI.create("/cases/" + id + "/findings/" + f.id)).entity(FindingView.of(f)).build();
    }

    @GET
    @Path("/{findingId}")
    // notice-service reads the case, never a finding on its own
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readFinding", summary = "Read a finding")
    public FindingView read(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId) {
        return FindingView.of(service.read(id, findingId));
    }
}
