package org.casework.notices.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Notice;
import org.casework.notices.service.DraftIssueCheck;
import org.casework.notices.service.NoticeDraftService;
import org.casework.notices.service.NoticeQueries;
import org.casework.platform.http.EntityTags;
import org.casework.platform.http.JsonMergePatch;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.JsonErrors;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Notices of intent and final decisions")
public class NoticeResource {

    private final NoticeDraftService drafts;
    private final NoticeQueries queries;
    private final DraftIssueCheck issueCheck;
    private final ObjectMapper mapper;
    private final Validator validator;

    public NoticeResource(NoticeDraftService drafts, NoticeQueries queries, DraftIssueCheck issueCheck,
            ObjectMapper mapper,
            Validator validator) {
        this.drafts = drafts;
        this.queries = queries;
        this.issueCheck = issueCheck;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "draftNotice",
            summary = "Draft a notice", description = "Creates a DRAFT addressed to legal entities of the case "
            + "(their names and addresses taken from the case unless an address is given). The answer's "
            + "missingForIssue lists what its issue would still refuse, with where to correct each part; issuing "
            + "refuses the same parts (422).")
    public Response draft(@Valid @NotNull NoticeDraftRequest body) {
        NoticeDraftService.Drafted d = drafts.create(body.caseId(), body.type(), body.toContent());
        return Response.created(URI.create("/notices/" + d.notice().id))
                .header(HttpHeaders.ETAG,
                EntityTags.of(d.notice().version)).entity(NoticeView.of(d.notice(), d.check()))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listCaseNotices",
            summary = "List a case's notices", description = "In the order they were drafted; keyset-paged. "
            + "A page that lists notices is an audited read (notice.listed, on the case).")
    public Page<NoticeView> ofCase(@QueryParam("caseId") @Parameter(schema = @Schema(type = SchemaType.STRING,
            format = "uuid", maxLength = Produced.UUID)) String caseId, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Page<Notice> page = queries.ofCase(caseIdOf(caseId), after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(NoticeView::of).toList(), page.next());
    }

    @GET
    @Path("/drafts")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listDraftNotices",
            summary = "Drafts waiting to be issued", description = "Every case's drafts, oldest first, keyset-paged "
            + "(`limit`, `after`): kind, case, organisation, who drafted it and when, not its content (read the notice "
            + "for that and for what its issue would still refuse). The read is audited (notice.drafts-read).")
    public Page<DraftToIssueView> drafts(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<Notice> page = queries.drafts(after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(DraftToIssueView::of).toList(), page.next());
    }

    @GET
    @Path("/{id}")
    // no machine client reads notices (DESIGN §3: no service calls notice-service)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readNotice",
            summary = "Read a notice", description = "The read is audited. A DRAFT is read with its case, with "
            + "the caller's token: its organisation and recipients show the case's facts as they are now, and "
            + "missingForIssue what its issue would still refuse. If case-service does not answer, the draft is "
            + "answered as last saved, missingForIssue null and missingForIssueNotChecked saying why.")
    public Response read(@PathParam("id") UUID id) {
        Notice n = queries.read(id);
        NoticeView view = n.isDraft() ? NoticeView.of(n, issueCheck.check(n)) : NoticeView.of(n);
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(n.version)).build();
    }

    /** A revision of a draft's reasons and period, as a merge patch. */
    static final String PATCH_EXAMPLE = """
            {"reasons": "Example Health Ltd failed to keep patient records secure (UK GDPR Art 5(1)(f), 32).",
             "representationDays": 35}""";

    @PATCH
    @Path("/{id}")
    @Consumes({ JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "reviseDraftNotice",
            summary = "Revise a draft", description = "A JSON merge patch (RFC 7396) over the draft; requires "
            + "If-Match. The case and the type cannot change; an issued or withdrawn notice cannot be revised. The "
            + "recipients' names and addresses are taken from the case again (an address given for the notice is "
            + "kept), and the answer carries missingForIssue.")
    @RequestBody(required = true, content = {
            @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT), example = PATCH_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
            example = PATCH_EXAMPLE) })
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        if (!body.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        NoticeDraftService.Drafted d = drafts.revise(id, ifMatch, current -> merged(current, body).toContent());
        return Response.ok(NoticeView.of(d.notice(), d.check())).header(HttpHeaders.ETAG,
        EntityTags.of(d.notice().version))
                .build();
    }

    private NoticeDraftRequest merged(Notice current, JsonNode patch) {
        NoticeDraftRequest result;
        try {
            result = mapper.treeToValue(JsonMergePatch.apply(mapper.valueToTree(NoticeDraftRequest.of(current)), patch),
                    NoticeDraftRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.asProblemException(e);
        }
        var violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!current.caseId.equals(result.caseId()) || current.type != result.type()) {
            throw ProblemException.badRequest("A draft's case and type cannot change; draft a new notice instead");
        }
        return result;
    }

    private static UUID caseIdOf(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (RuntimeException e) {
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    "Parameter 'caseId' must name a case (a UUID)")
                    .with("errors", List.of(new FieldError("caseId", "must be a UUID"))));
        }
    }
}
