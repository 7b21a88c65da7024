package org.casework.representations.rest;

import java.net.URI;
import java.time.Clock;
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
import jakarta.ws.rs.core.Response;

import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.casework.representations.domain.Lengths;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.PlainText;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.service.HearingQueries;
import org.casework.representations.service.RepresentationQueries;
import org.casework.representations.service.RequestService;
import org.casework.representations.service.SubmissionService;
import org.casework.representations.service.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The organisations' portal: their notices of intent, and what they send about them. */
@Path("/portal/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal", description = "For organisations' representatives (own organisation only)")
public class PortalNoticeResource {

    private final RepresentationQueries queries;
    private final SubmissionService submissions;
    private final RequestService requests;
    private final HearingQueries hearingQueries;
    private final Clock clock;

    public PortalNoticeResource(RepresentationQueries queries, SubmissionService submissions, RequestService requests,
            HearingQueries hearingQueries, Clock clock) {
        this.queries = queries;
        this.hearingQueries = hearingQueries;
        this.submissions = submissions;
        this.requests = requests;
        this.clock = clock;
    }

    @Schema(example = """
            {"until": "2027-02-26", "reason": "Our data protection officer is on leave until 15 February."}""")
    public record ExtensionAsked(@NotNull LocalDate until,
            @NotBlank @Size(max = Lengths.REASON) @SafeText(multiline = true)
            @Pattern(regexp = PlainText.NO_DIRECTION_CONTROLS, message = PlainText.DIRECTION_CONTROLS_MESSAGE) String reason) {
    }

    @Schema(example = """
            {"reason": "We wish to explain our retention schedule in person."}""")
    public record HearingAsked(@NotBlank @Size(max = Lengths.REASON) @SafeText(multiline = true)
            @Pattern(regexp = PlainText.NO_DIRECTION_CONTROLS, message = PlainText.DIRECTION_CONTROLS_MESSAGE) String reason) {
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnNoticesOfIntent",
            summary = "Your organisation's notices of intent", description = "Newest first, keyset-paged, with "
            + "each deadline and whether representations are still accepted.")
    public Page<Views.PortalNoticeSummary> list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<RepresentationWindow> page = queries.myWindows(after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(w -> Views.PortalNoticeSummary.of(w, clock.instant())).toList(),
                page.next());
    }

    @GET
    @Path("/{noticeId}")
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "readOwnNoticeOfIntent",
            summary = "One of your notices of intent", description = "Its deadline, what you submitted, and your "
            + "requests for more time or a hearing with the decisions on them. The read is audited.")
    public Views.PortalNoticeView read(@PathParam("noticeId") UUID noticeId) {
        return Views.PortalNoticeView.of(queries.myWindow(noticeId), clock.instant());
    }

    @GET
    @Path("/{noticeId}/hearing-requests")
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnHearingRequests",
            summary = "Your requests for an oral hearing on one of your notices", description = "Each with its "
            + "status, the decision (date and time, place or video link, attendees, reasons) and the day it was held. "
            + "Another organisation's notice answers 404. The read is audited.")
    @APIResponse(responseCode = "200", description = "Your requests for an oral hearing on the notice, at most "
            + NoticeLimits.HEARING_REQUESTS, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.ARRAY, implementation = HearingViews.PortalHearingView.class,
                    maxItems = NoticeLimits.HEARING_REQUESTS)))
    public List<HearingViews.PortalHearingView> hearingRequests(@PathParam("noticeId") UUID noticeId) {
        return hearingQueries.mine(noticeId).stream().map(HearingViews.PortalHearingView::of).toList();
    }

    @POST
    @Path("/{noticeId}/representations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "submitRepresentation",
            summary = "Make written representations", description = "Multipart: `statement` (text) and `files` "
            + "(0 or more PDF, DOCX, XLSX, PNG, JPEG or plain text, recognised by content; at most 20 MB each and "
            + "100 MB together). Accepted until the end of the due date, London time. Each file's SHA-256 is returned.")
    // the parts are read one by one (@RestForm) and checked in SubmissionChecks, so the scanner cannot tell that the
    // statement is required: it is said here and merged with the parts the scanner finds
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "statement", example = """
                    {"statement": "We dispute the finding on retention: our schedule is attached."}""")))
    @APIResponse(responseCode = "201", description = "The representation as kept, each file with its type found by "
            + "content and its SHA-256; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.PortalRepresentationView.class)))
    public Response submit(@PathParam("noticeId") UUID noticeId, @RestForm("statement") String statement,
            @RestForm("files") List<FileUpload> files) {
        List<Upload> uploads = files == null ? List.of()
                : files.stream().map(f -> new Upload(f.uploadedFile(), f.fileName(), f.size())).toList();
        SubmissionService.Submitted s = submissions.submit(noticeId, statement, uploads);
        return Response.created(URI.create("/portal/representations/" + s.representation().id))
                .entity(Views.PortalRepresentationView.of(new RepresentationQueries.Submitted(s.representation(), s.files())))
                .build();
    }

    @POST
    @Path("/{noticeId}/extension-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "askForMoreTime",
            summary = "Ask for more time", description = "While the period runs, for a later date; the decision "
            + "appears on the notice.")
    @APIResponse(responseCode = "201", description = "The request, undecided", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ExtensionView.class)))
    public Response askForMoreTime(@PathParam("noticeId") UUID noticeId, @Valid @NotNull ExtensionAsked body) {
        var e = requests.requestExtension(noticeId, body.until(), body.reason());
        return Response.status(201).entity(Views.ExtensionView.of(e)).build();
    }

    @POST
    @Path("/{noticeId}/hearing-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "askForHearing",
            summary = "Ask for an oral hearing", description = "While the period for representations runs.")
    @APIResponse(responseCode = "201", description = "The request, undecided", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HearingViews.PortalHearingView.class)))
    public Response askForHearing(@PathParam("noticeId") UUID noticeId, @Valid @NotNull HearingAsked body) {
        var h = requests.requestHearing(noticeId, body.reason());
        return Response.status(201).entity(HearingViews.PortalHearingView.of(h)).build();
    }
}
