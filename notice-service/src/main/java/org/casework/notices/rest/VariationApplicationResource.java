package org.casework.notices.rest;

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
import jakarta.ws.rs.HeaderParam;
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
import org.casework.notices.domain.enforcement.VariationApplication.Status;
import org.casework.notices.service.VariationApplications;
import org.casework.platform.http.EntityTags;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's side of applications to cancel or vary an enforcement notice (DPA 2018 s.153). */
@Path("/notices/{id}/variation-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement notices")
public class VariationApplicationResource {

    private final VariationApplications applications;

    public VariationApplicationResource(VariationApplications applications) {
        this.applications = applications;
    }

    public record NewDateRequest(@NotNull UUID stepId, @NotNull LocalDate complianceDate) {
    }

    @Schema(example = """
            {"outcome": "REFUSED", "reasons": "The change described does not make the step unnecessary."}""")
    public record DecisionRequest(
            @Schema(enumeration = { "CANCELLED", "VARIED", "REFUSED" })
            @NotNull @Pattern(regexp = "CANCELLED|VARIED|REFUSED", message = "must be CANCELLED, VARIED or REFUSED")
            String outcome,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String reasons,
            @Schema(description = "VARIED only: the steps and their new compliance dates")
            @Size(max = NoticeLimits.STEPS) List<@Valid @NotNull NewDateRequest> steps) {
    }

    /** The decided application with the notice as it now stands. */
    public record DecisionView(VariationApplicationView application, NoticeView notice) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listVariationApplications",
            summary = "Applications to cancel or vary an enforcement notice", description = "Oldest first, "
            + "keyset-paged (?limit=, ?after=), with their grounds and decisions. An audited read.")
    public Page<VariationApplicationView> list(@PathParam("id") UUID id, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Page<org.casework.notices.domain.enforcement.VariationApplication> page = applications.of(id, after,
                PageLimit.of(limit));
        return new Page<>(page.items().stream().map(VariationApplicationView::of).toList(), page.next());
    }

    @POST
    @Path("/{appId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "decideVariationApplication",
            summary = "Decide an application to cancel or vary an enforcement notice", description = "Once (409 "
            + "application-decided); requires If-Match (the notice's ETag; 428 without, 412 stale). CANCELLED: the notice "
            + "is cancelled (s.153(1)): no step is found complied with or not any more, none is missed, and the register "
            + "shows it cancelled. VARIED: the named steps' new compliance dates, each later than now (422 "
            + "variation-to-detriment), not past, a PENDING step (409 step-decided), one the application named when it "
            + "asked to vary, and not before s.150(6)/(8) allow (422 compliance-date-too-early); recorded as the notice's "
            + "variation with its own document. REFUSED: with reasons; the organisation may appeal (s.162(2)). Answers "
            + "the application and the notice, with the notice's new ETag. Audited.")
    public Response decide(@PathParam("id") UUID id, @PathParam("appId") UUID appId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DecisionRequest body) {
        List<VariationApplications.NewDate> dates = body.steps() == null ? List.of() : body.steps().stream()
                .map(s -> new VariationApplications.NewDate(s.stepId(), s.complianceDate())).toList();
        VariationApplications.Decided d = applications.decide(id, appId, ifMatch, Status.valueOf(body.outcome()),
                body.reasons(), dates);
        return Response.ok(new DecisionView(VariationApplicationView.of(d.application()), NoticeView.of(d.notice())))
                .header(HttpHeaders.ETAG, EntityTags.of(d.notice().version)).build();
    }
}
