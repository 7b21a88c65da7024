package org.casework.representations.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.PlainText;
import org.casework.representations.service.ConsiderationService;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.WorkQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's side: reading representations and their evidence, and recording that each was considered. */
@Path("/representations")
@Tag(name = "Representations", description = "Staff and auditors")
public class StaffRepresentationResource {

    private final RepresentationQueries queries;
    private final ConsiderationService consideration;
    private final EvidenceDownloads downloads;
    private final WorkQueries work;

    public StaffRepresentationResource(RepresentationQueries queries, ConsiderationService consideration,
            EvidenceDownloads downloads, WorkQueries work) {
        this.queries = queries;
        this.consideration = consideration;
        this.downloads = downloads;
        this.work = work;
    }

    @Schema(example = """
            {"note": "Read in full; the retention schedule answers the finding in part."}""")
    public record ConsiderationNote(@NotBlank @Size(max = Lengths.NOTE) @SafeText(multiline = true)
            @Pattern(regexp = PlainText.NO_DIRECTION_CONTROLS, message = PlainText.DIRECTION_CONTROLS_MESSAGE) String note) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listRepresentations",
            summary = "A notice's representations", description = "In the order they arrived; keyset-paged. "
            + "Each page read is audited (representation.list-read).")
    public Page<Views.RepresentationView> ofNotice(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = Produced.UUID))
            @QueryParam("noticeId") String noticeId,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<RepresentationQueries.Submitted> page = queries.ofNotice(uuid("noticeId", noticeId), after,
                PageLimit.of(limit));
        return new Page<>(page.items().stream().map(Views.RepresentationView::of).toList(), page.next());
    }

    @GET
    @Path("/to-consider")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listRepresentationsToConsider",
            summary = "Representations waiting to be considered", description = "Every notice's, oldest first, "
            + "keyset-paged (`limit`, `after`): which notice, organisation and when, not the statement (read it at "
            + "`/representations/{id}`). The read is audited (representation.to-consider-read).")
    public Page<WorkQueries.RepresentationToConsider> toConsider(@QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return work.representationsToConsider(after, PageLimit.of(limit));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readRepresentation",
            summary = "Read a representation", description = "The read is audited.")
    public Views.RepresentationView read(@PathParam("id") UUID id) {
        return Views.RepresentationView.of(queries.representation(id));
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadRepresentationEvidence",
            summary = "Download evidence", description = "Byte for byte as received; the download is audited.")
    @APIResponse(responseCode = "200", description = EvidenceDownloads.ANSWER, content = @Content(
            mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return downloads.of(queries.file(id, fileId));
    }

    @POST
    @Path("/{id}/consideration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordRepresentationConsidered",
            summary = "Record that the representation was considered",
            description = "Who and when are recorded (DPA 2018 Sch 16 para 4(2)); once per representation.")
    public Views.RepresentationView consider(@PathParam("id") UUID id, @Valid @NotNull ConsiderationNote body) {
        consideration.consider(id, body.note());
        return Views.RepresentationView.of(queries.changed(id));
    }

    static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    "Parameter '" + name + "' must be a UUID")
                    .with("errors", List.of(new FieldError(name, "must be a UUID"))));
        }
    }
}
