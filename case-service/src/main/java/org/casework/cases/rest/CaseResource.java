package org.casework.cases.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseSummary;
import org.casework.cases.service.CaseQueries;
import org.casework.cases.service.CaseService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.http.JsonMergePatch;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Investigation cases")
public class CaseResource {

    private final CaseService service;
    private final CaseQueries queries;
    private final CaseFactsPatcher patcher;
    private final Idempotency idempotency;

    public CaseResource(CaseService service, CaseQueries queries, CaseFactsPatcher patcher, Idempotency idempotency) {
        this.service = service;
        this.queries = queries;
        this.patcher = patcher;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Open a case",
            description = "Creates a case in state OPEN with the next reference of the year (INV-<year>-<6 digits>). "
                    + "An optional Idempotency-Key makes a retry return the first answer.")
    public Response open(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull CaseFacts body) {
        if (idempotencyKey == null) {
            return created(service.open(body));
        }
        return idempotency.execute(idempotencyKey, "POST /cases", body, () -> created(service.open(body)));
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(summary = "List and search cases",
            description = "Filters: status (comma-separated), assignee (subject), organisation (its id, or the start "
                    + "of its name), q (words in title or summary). Sorted by sort (default -opened), keyset-paged.")
    public Page<CaseSummary> list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("organisation") String organisation, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return queries.list(CaseListParameters.criteria(status, assignee, organisation, q),
                CaseListParameters.sort(sort), after, PageLimit.of(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(summary = "Read a case", description = "The case with its facts and findings; the read is audited.")
    public Response read(@PathParam("id") UUID id) {
        InvestigationCase c = queries.detail(id);
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(summary = "Correct a case's facts",
            description = "A JSON merge patch (RFC 7396) over title, summary, source, organisation and incident. "
                    + "Requires If-Match with the case's ETag. Status, assignment and findings have their own operations.")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        patcher.checkShape(body);
        InvestigationCase c = service.correct(id, ifMatch, current -> patcher.apply(current, body));
        return Response.ok(CaseView.of(c)).header(HttpHeaders.ETAG, EntityTags.of(c.version)).build();
    }

    static Response created(InvestigationCase c) {
        return Response.created(URI.create("/cases/" + c.id))
                .header(HttpHeaders.ETAG, EntityTags.of(c.version))
                .entity(CaseView.of(c))
                .build();
    }
}
