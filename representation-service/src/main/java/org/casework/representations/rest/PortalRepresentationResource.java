package org.casework.representations.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.platform.security.Roles;
import org.casework.representations.service.RepresentationQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/portal/representations/{id}")
@Tag(name = "Portal")
public class PortalRepresentationResource {

    private final RepresentationQueries queries;
    private final EvidenceDownloads downloads;

    public PortalRepresentationResource(RepresentationQueries queries, EvidenceDownloads downloads) {
        this.queries = queries;
        this.downloads = downloads;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "readOwnRepresentation",
            summary = "One of your representations", description = "With its files' names, sizes and SHA-256.")
    public Views.PortalRepresentationView read(@PathParam("id") UUID id) {
        return Views.PortalRepresentationView.of(queries.myRepresentation(id));
    }

    @GET
    @Path("/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "downloadOwnRepresentationFile",
            summary = "Download one of your files", description = "Byte for byte as sent; the download is audited.")
    @APIResponse(responseCode = "200", description = EvidenceDownloads.ANSWER, content = @Content(
            mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return downloads.of(queries.myFile(id, fileId));
    }
}
