package org.casework.representations.rest;

import java.time.LocalDateTime;
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
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.casework.representations.domain.HearingDecision;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.PlainText;
import org.casework.representations.service.HearingQueries;
import org.casework.representations.service.HearingService;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The regulator's side of oral hearings (DPA 2018 Sch 16 para 3(5)): deciding each request, recording it held. */
@Path("/hearing-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hearings", description = "Requests to make oral representations, their decisions and the hearings held")
public class StaffHearingResource {

    private static final String LINE = "[^\\r\\n\\u202A-\\u202E\\u2066-\\u2069]*";

    private final RepresentationQueries representations;
    private final HearingQueries queries;
    private final HearingService hearings;
    private final EvidenceDownloads downloads;

    public StaffHearingResource(RepresentationQueries representations, HearingQueries queries, HearingService hearings,
            EvidenceDownloads downloads) {
        this.representations = representations;
        this.queries = queries;
        this.hearings = hearings;
        this.downloads = downloads;
    }

    @Schema(example = """
            {"granted": true, "heldAt": "2027-02-10T10:00:00", "place": "Wycliffe House, Wilmslow",
             "attendees": ["Jane Smith (decision-maker)", "Ravi Patel (the organisation's DPO)"],
             "reason": "The organisation asked to explain its retention schedule in person."}""")
    public record Decision(@NotNull Boolean granted, LocalDateTime heldAt,
            @Size(max = Lengths.PLACE) @SafeText @Pattern(regexp = LINE, message = "must be one line of plain text") String place,
            @Size(max = Lengths.PLACE) @Pattern(regexp = "https://[^\\s<>\"]+", message = "must be an https:// link") String videoLink,
            @Size(max = Lengths.ATTENDEES) List<@NotBlank @Size(max = Lengths.ATTENDEE) @SafeText
                    @Pattern(regexp = LINE, message = "must be one line of plain text") String> attendees,
            @NotBlank @Size(max = Lengths.REASON) @SafeText(multiline = true)
            @Pattern(regexp = PlainText.NO_DIRECTION_CONTROLS, message = PlainText.DIRECTION_CONTROLS_MESSAGE) String reason) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listHearingRequests",
            summary = "A notice's requests for an oral hearing", description = "Each with its decision and, once "
            + "held, the record of the hearing with its documents' SHA-256. The read is audited.")
    @APIResponse(responseCode = "200", description = "The notice's requests for an oral hearing, at most "
            + NoticeLimits.HEARING_REQUESTS, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.ARRAY, implementation = HearingViews.HearingView.class,
                    maxItems = NoticeLimits.HEARING_REQUESTS)))
    public List<HearingViews.HearingView> ofNotice(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = Produced.UUID))
            @QueryParam("noticeId") String noticeId) {
        return queries.withDocuments(representations.hearingRequests(StaffRepresentationResource.uuid("noticeId", noticeId)))
                .stream().map(HearingViews.HearingView::of).toList();
    }

    @GET
    @Path("/to-decide")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listHearingRequestsToDecide",
            summary = "Hearing requests waiting for a decision", description = "Oldest first, keyset-paged "
            + "(`limit`, `after`): no penalty notice can be given on a notice while one waits. The read is audited.")
    public Page<HearingViews.HearingView> toDecide(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<HearingService.Hearing> page = queries.toDecide(after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(HearingViews.HearingView::of).toList(), page.next());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "decideHearingRequest",
            summary = "Grant or refuse an oral hearing", description = "A decision-maker decides once (409 "
            + "hearing-already-decided). A grant gives `heldAt` (London date and time, not in the past), `place` or "
            + "`videoLink` (https), `attendees` and `reason`; a refusal gives `reason` only (DPA 2018 Sch 16 para 3(5)). "
            + "The organisation sees the decision. Audited as hearing.decided.")
    public HearingViews.HearingView decide(@PathParam("id") UUID id, @Valid @NotNull Decision body) {
        hearings.decide(id, new HearingDecision(body.granted(), body.heldAt(), body.place(), body.videoLink(),
                body.attendees(), body.reason()));
        return HearingViews.HearingView.of(queries.changed(id));
    }

    @POST
    @Path("/{id}/record")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordHearingHeld",
            summary = "Record a granted hearing as held", description = "Multipart: `heldOn` (date, not in the "
            + "future, not before the decision), `attendees` (one per line), `note`, and `files` (0 or more PDF, DOCX, "
            + "XLSX, PNG, JPEG or plain text, recognised by content, with the same limits as representation evidence). "
            + "Once, on a granted request only (409 hearing-not-granted, hearing-already-recorded). Each document's "
            + "SHA-256 is returned and audited (hearing.recorded).")
    // the parts are read one by one (@RestForm) and checked in HearingService: which are required is said here
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = { "heldOn", "attendees", "note" }, example = """
                    {"heldOn": "2027-02-10", "attendees": "Jane Smith\\nRavi Patel", "note": "Heard for an hour."}""")))
    public HearingViews.HearingView record(@PathParam("id") UUID id,
            @RestForm("heldOn") @Schema(format = "date", maxLength = Produced.DATE) String heldOn,
            @RestForm("attendees") @Schema(maxLength = Lengths.ATTENDEES_TEXT) String attendees,
            @RestForm("note") @Schema(maxLength = Lengths.NOTE) String note,
            @RestForm("files") List<FileUpload> files) {
        List<Upload> uploads = files == null ? List.of()
                : files.stream().map(f -> new Upload(f.uploadedFile(), f.fileName(), f.size())).toList();
        return HearingViews.HearingView.of(hearings.record(id, heldOn, attendees, note, uploads));
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadHearingDocument",
            summary = "Download a document of a hearing held", description = "Byte for byte as recorded, with "
            + "`Digest: sha-256=…`; the download is audited.")
    @APIResponse(responseCode = "200", description = EvidenceDownloads.ANSWER, content = @Content(
            mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return downloads.of(queries.document(id, documentId));
    }
}
