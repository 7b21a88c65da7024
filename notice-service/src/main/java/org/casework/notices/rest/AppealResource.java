package org.casework.notices.rest;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealDocument;
import org.casework.notices.domain.AppealStatus;
import org.casework.notices.service.AppealDocuments;
import org.casework.notices.service.AppealQueries;
import org.casework.notices.service.AppealService;
import org.casework.notices.service.OnwardAppealService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.money.Money;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Appeals to the First-tier Tribunal against penalty and enforcement notices (DPA 2018 s.162-163). */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class AppealResource {

    private final AppealService appeals;
    private final OnwardAppealService onward;
    private final AppealQueries queries;
    private final AppealDocuments documents;

    public AppealResource(AppealService appeals, OnwardAppealService onward, AppealQueries queries,
            AppealDocuments documents) {
        this.appeals = appeals;
        this.onward = onward;
        this.queries = queries;
        this.documents = documents;
    }

    @Schema(example = """
            {"outcome": "VARIED", "decidedOn": "2027-06-02",
             "note": "The tribunal found the infringement proved but reduced the penalty for the steps taken since.",
             "amount": {"amount": "450000.00", "currency": "GBP"}, "paymentDays": 56,
             "terms": "The penalty is payable in two equal parts."}""")
    public record OutcomeRequest(@NotNull AppealStatus outcome, @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String note,
            @Valid Money amount, @Min(1) @Max(NoticeLimits.VARIED_PERIOD_DAYS) Integer paymentDays,
            @Size(max = Lengths.REASONS) @SafeText(multiline = true) String terms) {
    }

    @Schema(example = """
            {"lodgedOn": "2027-06-30", "court": "UPPER_TRIBUNAL", "reference": "UA-2027-000412-GIA",
             "note": "Permission to appeal was granted on a point of law about the turnover figure."}""")
    public record OnwardRequest(@NotNull LocalDate lodgedOn,
            @NotNull @Pattern(regexp = "UPPER_TRIBUNAL|COURT_OF_APPEAL",
            message = "must be UPPER_TRIBUNAL or COURT_OF_APPEAL")
            @Schema(enumeration = { "UPPER_TRIBUNAL", "COURT_OF_APPEAL" }) String court,
            @NotBlank @Size(max = Lengths.EXTERNAL_REFERENCE) @SafeText String reference,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String note) {
    }

    @Schema(example = """
            {"decidedOn": "2027-09-14",
             "note": "The Upper Tribunal dismissed the appeal: the penalty notice stands."}""")
    public record OnwardOutcomeRequest(@NotNull LocalDate decidedOn,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String note) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readAppeal",
            summary = "One appeal", description = "With its outcome, onward appeal and documents.")
    public Response one(@PathParam("id") UUID id) {
        AppealView view = queries.one(id);
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }

    @GET
        @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listAppeals",
            summary = "Appeals, optionally of one status", description = "Oldest first, keyset-paged; "
            + "status=PENDING lists the appeals awaiting the tribunal.")
    public Page<AppealView> page(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AppealStatus.class)) String status,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return queries.page(status(status), after, PageLimit.of(limit));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordAppealOutcome",
            summary = "Record the tribunal's outcome", description = "Once (409 appeal-decided). DISMISSED or "
            + "WITHDRAWN: the notice stands (s.163(4)). ALLOWED: the notice is CANCELLED by the tribunal (s.163(3)). "
            + "VARIED: the tribunal's substituted amount, payment period or terms become current and the original is kept "
            + "as a variation with source TRIBUNAL. Clears appealPending and moves the case APPEALED to DECIDED.")
    public Response outcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeRequest body) {
        Appeal a = appeals.decide(id, new AppealService.Outcome(body.outcome(), body.decidedOn(), body.note(),
                body.amount() == null ? null : body.amount().pounds(), body.paymentDays(), body.terms()));
        return changed(a.id);
    }

    @POST
    @Path("{id}/onward-appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordOnwardAppeal",
            summary = "Note an onward appeal", description = "From a decided appeal, once, to the Upper Tribunal or "
            + "the Court of Appeal: the notice's appeal is pending again (and the case APPEALED) until its outcome.")
    public Response onward(@PathParam("id") UUID id, @Valid @NotNull OnwardRequest body) {
        onward.lodge(id, new OnwardAppealService.Onward(body.lodgedOn(), body.court(), body.reference(), body.note()));
        return changed(id);
    }

    @POST
    @Path("{id}/onward-appeal/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordOnwardAppealOutcome",
            summary = "Record the onward appeal's outcome", description = "Clears appealPending and moves the case "
            + "back to DECIDED.")
    public Response onwardOutcome(@PathParam("id") UUID id, @Valid @NotNull OnwardOutcomeRequest body) {
        onward.decide(id, body.decidedOn(), body.note());
        return changed(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "addAppealDocument",
            summary = "Add a document to an appeal", description = "Form part 'file': a PDF, PNG or JPEG (recognised "
            + "by its bytes) of at most 20 MB, e.g. the notice of appeal or the tribunal's decision. Kept with its SHA-256.")
    @APIResponse(responseCode = "201", description = "The document as kept, with its SHA-256; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppealView.DocumentView.class)))
    @APIResponse(responseCode = "422", description = "No file part, or a file over 20 MB or empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response addDocument(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        AppealView.DocumentView d = documents.add(id, file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), file == null ? 0 : file.size());
        return Response.created(URI.create("/appeals/" + id + "/documents/" + d.id())).entity(d).build();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadAppealDocument",
            summary = "An appeal document",
            description = "As uploaded; its SHA-256 as Digest and ETag. The read is audited.")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        AppealDocument d = documents.read(id, documentId);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256));
        return Response.ok(d.content, d.contentType).header(HttpHeaders.ETAG, "\"" + d.sha256 + "\"")
                .header("Digest", "sha-256=" + base64)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName.replace("\"", "'") + "\"").build();
    }

    private Response changed(UUID id) {
        AppealView view = queries.view(id);
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }

    private static AppealStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AppealStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of PENDING, DISMISSED, ALLOWED, VARIED, WITHDRAWN");
        }
    }
}
