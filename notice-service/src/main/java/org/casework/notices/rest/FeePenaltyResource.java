package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.notices.rest.FeePenaltyViews.PenaltyView;
import org.casework.notices.service.NoticeQueries;
import org.casework.notices.service.fee.FeePenaltyDocuments;
import org.casework.notices.service.fee.FeePenaltyQueries;
import org.casework.notices.service.fee.FeePenaltyService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Fixed penalties for unpaid charges, one at a time: read (with an ETag), their notices as PDFs, the penalty notice,
 * the fee or the penalty paid (each with an optional If-Match: 412 when it names another version).
 */
@Path("/fee-penalties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fixed penalties")
public class FeePenaltyResource {

    private final FeePenaltyQueries queries;
    private final FeePenaltyService steps;
    private final FeePenaltyDocuments documents;

    public FeePenaltyResource(FeePenaltyQueries queries, FeePenaltyService steps, FeePenaltyDocuments documents) {
        this.queries = queries;
        this.steps = steps;
        this.documents = documents;
    }

    @Schema(example = """
            {"paidOn": "2027-02-15"}""")
    public record PaidRequest(@NotNull LocalDate paidOn) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listFeePenalties",
            summary = "List fixed penalties", description = "Oldest notice of intent first, keyset-paged (?after= "
            + "the previous page's next, ?limit= 1-200); filtered by ?status= and ?batchId=.")
    public Page<PenaltyView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FeePenaltyStatus.class)) String status,
            @QueryParam("batchId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                    maxLength = Produced.UUID)) String batchId,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<FeePenalty> page = queries.list(statusOf(status), batchIdOf(batchId), after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(PenaltyView::of).toList(), page.next());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readFeePenalty", summary = "Read a fixed penalty")
    public Response read(@PathParam("id") UUID id) {
        return answer(queries.penalty(id));
    }

    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadFeePenaltyDocument",
            summary = "A fixed penalty's notice as a PDF", description = "?step=notice-of-intent or penalty-notice "
            + "(default: the latest given; 409 for a penalty notice not given). Laid out reproducibly from what the "
            + "penalty fixed when the notice was given, so its SHA-256 never changes: sent as ETag (hex) and as "
            + "Repr-Digest and Digest (base64). The read is audited.")
    public Response document(@PathParam("id") UUID id,
            @QueryParam("step") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { "notice-of-intent",
                    "penalty-notice" })) String step) {
        FeePenaltyDocuments.Rendered r = documents.read(id, step);
        return PortalIssuedNoticeResource.pdf(new NoticeQueries.IssuedDocument(r.reference(), r.content(), r.sha256()));
    }

    @POST
    @Path("/{id}/penalty-notice")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "giveFeePenaltyNotice",
            summary = "Give the penalty notice", description = "Today, for the amount the notice of intent stated. "
            + "Refused while representations may still be made (409 representation-period-running, DPA 2018 Sch 16 "
            + "para 3(4), para 4), after 6 months beginning with the notice of intent (422, para 2(2)), and unless the "
            + "penalty is at NOTICE_OF_INTENT_GIVEN (409). Payment is due within 28 days (para 6(2)).")
    @APIResponse(responseCode = "200", description = "The penalty, its penalty notice given, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PenaltyView.class)))
    @APIResponse(responseCode = "409", description = "Representations may still be made, or the penalty is not at "
            + "NOTICE_OF_INTENT_GIVEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422",
    description = "More than 6 months have passed beginning with the notice of intent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response givePenaltyNotice(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(steps.givePenaltyNotice(id, ifMatch));
    }

    @POST
    @Path("/{id}/fee-paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordFeePaid",
            summary = "Record the fee paid: withdraw the notice of intent", description = "While the notice of "
            + "intent runs (NOTICE_OF_INTENT_GIVEN): the penalty is WITHDRAWN. Once a penalty notice is given the fee "
            + "paid does not undo it (409).")
    public Response feePaid(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PaidRequest body) {
        return answer(steps.feePaid(id, ifMatch, body.paidOn()));
    }

    @POST
    @Path("/{id}/penalty-paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordFeePenaltyPaid",
            summary = "Record the penalty paid", description = "On a penalty notice given: the penalty is PAID.")
    public Response penaltyPaid(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PaidRequest body) {
        return answer(steps.penaltyPaid(id, ifMatch, body.paidOn()));
    }

    @PUT
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "setFeePenaltyPublication",
            summary = "Publish or withhold the penalty notice on the register", description = "A fixed penalty's "
            + "penalty notice is published on the public register (GET /register) once given, unless withheld here "
            + "with the reason (422 withheld-reason-required without one); its notice of intent never is. May be "
            + "decided before the penalty notice is given. If-Match is honoured when sent.")
    public Response publication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NoticeActionResource.PublicationRequest body) {
        return answer(steps.setPublication(id, ifMatch, body.publish(), body.withheldReason()));
    }

    private static Response answer(FeePenalty p) {
        return Response.ok(PenaltyView.of(p)).header(HttpHeaders.ETAG, EntityTags.of(p.version)).build();
    }

    private static FeePenaltyStatus statusOf(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return FeePenaltyStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be one of " + List.of(FeePenaltyStatus.values()));
        }
    }

    private static UUID batchIdOf(String batchId) {
        if (batchId == null || batchId.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(batchId);
        } catch (IllegalArgumentException e) {
            throw invalid("batchId", "must be a UUID");
        }
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400, "Parameter '" + parameter
                + "' " + message).with("errors", List.of(new FieldError(parameter, message))));
    }
}
