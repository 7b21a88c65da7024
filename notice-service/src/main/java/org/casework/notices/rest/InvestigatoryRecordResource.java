package org.casework.notices.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.investigation.InformationOrder;
import org.casework.notices.domain.investigation.InformationOrderStage;
import org.casework.notices.service.InvestigatoryRecords;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff records on an issued information notice: the restriction claims made on it, information-order steps. */
@Path("/notices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class InvestigatoryRecordResource {

    private final InvestigatoryRecords records;

    public InvestigatoryRecordResource(InvestigatoryRecords records) {
        this.records = records;
    }

    @Schema(example = """
            {"stage": "APPLIED", "court": "High Court, King's Bench Division", "on": "2027-04-12",
             "courtReference": "KB-2027-001234", "note": "Application for an information order under s.145."}""")
    public record OrderRequest(@NotNull InformationOrderStage stage,
            @NotBlank @Size(max = Lengths.COURT) @SafeText String court,
            @NotNull LocalDate on,
            @Size(max = Lengths.EXTERNAL_REFERENCE) @SafeText String courtReference,
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String note) {
    }

    @GET
    @Path("/restriction-claims")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listRestrictionClaims",
            summary = "The organisation's restriction claims (DPA 2018 s.143)", description = "An audited read.")
    @APIResponse(responseCode = "200", description = "The restriction claims on the notice, at most " + NoticeLimits.RESTRICTION_CLAIMS,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = InvestigatoryViews.RestrictionClaimView.class,
                    maxItems = NoticeLimits.RESTRICTION_CLAIMS)))
    public List<InvestigatoryViews.RestrictionClaimView> claims(@PathParam("id") UUID id) {
        return records.claims(id).stream().map(InvestigatoryViews.RestrictionClaimView::of).toList();
    }

    @GET
    @Path("/information-orders")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listInformationOrders",
            summary = "Information-order steps on the notice (DPA 2018 s.145)")
    @APIResponse(responseCode = "200", description = "The information-order steps, at most " + NoticeLimits.INFORMATION_ORDERS,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = InvestigatoryViews.InformationOrderView.class,
                    maxItems = NoticeLimits.INFORMATION_ORDERS)))
    public List<InvestigatoryViews.InformationOrderView> orders(@PathParam("id") UUID id) {
        return records.orders(id).stream().map(InvestigatoryViews.InformationOrderView::of).toList();
    }

    @POST
    @Path("/information-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordInformationOrderStep",
            summary = "Record an information-order step (DPA 2018 s.145)", description = "The application to the "
            + "court, or the order made or refused, with the court and the day (not before the notice was given, not "
            + "in the future). Only on an issued information notice (409 otherwise).")
    public Response recordOrder(@PathParam("id") UUID id, @Valid @NotNull OrderRequest body) {
        InformationOrder o = records.recordOrder(id, new InvestigatoryRecords.OrderStep(body.stage(), body.court(),
                body.on(), body.courtReference(), body.note()));
        return Response.created(URI.create("/notices/" + id + "/information-orders"))
                .entity(InvestigatoryViews.InformationOrderView.of(o)).build();
    }
}
