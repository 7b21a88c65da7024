package org.casework.representations.rest;

import java.time.LocalDate;
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

import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.PlainText;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.RequestService;
import org.casework.representations.service.WorkQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's side of requests for more time (hearings: {@link StaffHearingResource}). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Representations")
public class StaffRequestResource {

    private final RepresentationQueries queries;
    private final RequestService requests;
    private final WorkQueries work;

    public StaffRequestResource(RepresentationQueries queries, RequestService requests, WorkQueries work) {
        this.queries = queries;
        this.requests = requests;
        this.work = work;
    }

    @Schema(example = """
            {"granted": true, "until": "2027-02-26", "reason": "The organisation's officer is on leave; four weeks more."}""")
    public record Decision(@NotNull Boolean granted, LocalDate until,
            @NotBlank @Size(max = Lengths.REASON) @SafeText(multiline = true)
            @Pattern(regexp = PlainText.NO_DIRECTION_CONTROLS, message = PlainText.DIRECTION_CONTROLS_MESSAGE) String reason) {
    }

    @GET
    @Path("extension-requests")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listExtensionRequests",
            summary = "A notice's requests for more time", description = "The read is audited.")
    @APIResponse(responseCode = "200", description = "The notice's requests for more time, at most "
            + NoticeLimits.EXTENSION_REQUESTS, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.ARRAY, implementation = Views.ExtensionView.class,
                    maxItems = NoticeLimits.EXTENSION_REQUESTS)))
    public List<Views.ExtensionView> extensionRequests(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = Produced.UUID))
            @QueryParam("noticeId") String noticeId) {
        return queries.extensionRequests(StaffRepresentationResource.uuid("noticeId", noticeId)).stream()
                .map(Views.ExtensionView::of).toList();
    }

    @GET
    @Path("extension-requests/to-decide")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listExtensionRequestsToDecide",
            summary = "Requests for more time waiting for a decision", description = "Every notice's, oldest first, "
            + "keyset-paged (`limit`, `after`): which notice, organisation, the day asked for and when; the reasons are "
            + "read with the notice's requests. The read is audited (extension.to-decide-read).")
    public Page<WorkQueries.ExtensionToDecide> toDecide(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return work.extensionsToDecide(after, PageLimit.of(limit));
    }

    @POST
    @Path("extension-requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "decideExtensionRequest",
            summary = "Decide a request for more time", description = "Once. A grant moves the due date to "
            + "`until` (default: the date asked for); the organisation sees the decision.")
    public Views.ExtensionView decide(@PathParam("id") UUID id, @Valid @NotNull Decision body) {
        return Views.ExtensionView.of(requests.decide(id, body.granted(), body.until(), body.reason()));
    }
}
