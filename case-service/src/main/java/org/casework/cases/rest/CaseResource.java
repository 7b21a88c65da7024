package org.casework.cases.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseSummary;
import org.casework.cases.rest.body.RequestBodies;
import org.casework.cases.service.CaseQueries;
import org.casework.cases.service.CaseService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.http.JsonMergePatch;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.Problem;
import org.casework.platform.security.Roles;
import org.casework.platform.time.LondonCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Investigation cases")
public class CaseResource {

    static final String IDEMPOTENCY_KEY = "1 to 200 visible ASCII characters, e.g. a UUID: new for each new request, "
            + "the same for its retries";

    private final CaseService service;
    private final CaseQueries queries;
    private final CaseFactsPatcher patcher;
    private final RequestBodies bodies;
    private final Idempotency idempotency;
    private final Clock clock;

    public CaseResource(CaseService service, CaseQueries queries, CaseFactsPatcher patcher, RequestBodies bodies,
            Idempotency idempotency, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.patcher = patcher;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(operationId = "openCase", summary = "Open a case",
            description = "Creates a case in state OPEN with the next reference of the year (INV-<year>-<6 digits>). "
                    + "Requires an Idempotency-Key header (400 without): send a new key for each case you mean to open "
                    + "and the same key when you retry. A repeat by the same caller with the same key and the same body "
                    + "opens nothing and answers the first answer again (201, Idempotent-Replayed: true); the same key "
                    + "with a different body is a 422 (idempotency-key-reused). A refused body lists every field error "
                    + "at once, each with its JSON path (organisation.legalEntities[0].name) and what to send instead.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseFacts.class)))
    @APIResponse(responseCode = "201", description = "The case, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response open(@Parameter(description = IDEMPOTENCY_KEY, required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, JsonNode body) {
        Idempotency.requireValid(idempotencyKey);
        CaseFacts facts = bodies.read(body, CaseFacts.class, List.of(), f -> f.dateErrors(LondonCalendar.today(clock)));
        return idempotency.execute(idempotencyKey, "POST /cases", facts, () -> created(service.open(facts)));
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listCases", summary = "List and search cases",
            description = "Filters: status (comma-separated), assignee (subject), organisation (its id, or the start "
                    + "of its name), q (words in title or summary). Sorted by sort (default -opened), keyset-paged.")
    public Page<CaseSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = CaseListParameters.MAX_TEXT))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = CaseListParameters.MAX_TEXT))
            @QueryParam("assignee") String assignee,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = CaseListParameters.MAX_TEXT))
            @QueryParam("organisation") String organisation,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = CaseListParameters.MAX_TEXT))
            @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "-opened", "opened", "reference",
                    "-reference", "title", "-title" })) @QueryParam("sort") String sort,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return queries.list(CaseListParameters.criteria(status, assignee, organisation, q),
                CaseListParameters.sort(sort), after, PageLimit.of(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readCase",
            summary = "Read a case", description = "The case with its facts and findings; the read is audited.")
    public Response read(@PathParam("id") UUID id) {
        InvestigationCase c = queries.detail(id);
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }

    private static final String PATCH_EXAMPLE = """
            {"title": "Ransomware at NHS supplier (corrected)", "incident": {"peopleAffected": 15000}}""";

    @PATCH
    @Path("/{id}")
    @Consumes({ JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "correctCaseFacts", summary = "Correct a case's facts",
            description = "A JSON merge patch (RFC 7396) over title, summary, source, organisation and incident. "
                    + "Requires If-Match with the case's ETag. Status, assignment and findings have their own operations. "
                    + "A refused patch lists every field error at once, with the JSON path of each in the patched case.")
    @RequestBody(required = true, content = {
            @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    example = PATCH_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    example = PATCH_EXAMPLE) })
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        patcher.checkShape(body);
        InvestigationCase c = service.correct(id, ifMatch,
                current -> patcher.apply(current, body, LondonCalendar.today(clock)));
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }

    static Response created(InvestigationCase c) {
        return Response.created(URI.create("/cases/" + c.id))
                .header(HttpHeaders.ETAG, EntityTags.of(c.version))
                .entity(CaseView.of(c))
                .build();
    }
}
