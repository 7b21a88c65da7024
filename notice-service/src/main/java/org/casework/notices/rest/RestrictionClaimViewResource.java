package org.casework.notices.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.Lengths;
import org.casework.notices.service.InvestigatoryRecords;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's view on an organisation's claim that a restriction of DPA 2018 s.143 applies. */
@Path("/restriction-claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class RestrictionClaimViewResource {

    private final InvestigatoryRecords records;

    public RestrictionClaimViewResource(InvestigatoryRecords records) {
        this.records = records;
    }

    @Schema(example = """
            {"accepted": true, "note": "The advice is privileged; item 3 is not required."}""")
    public record ViewRequest(@NotNull Boolean accepted,
            @NotBlank @Size(max = Lengths.CLAIM) @SafeText(multiline = true) String note) {
    }

    @POST
    @Path("/view")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordRestrictionClaimView",
            summary = "Record the regulator's view on a restriction claim", description = "Whether the regulator "
            + "accepts that the restriction applies, and why. Given once (409 after); audited on the notice.")
    public InvestigatoryViews.RestrictionClaimView view(@PathParam("id") UUID id, @Valid @NotNull ViewRequest body) {
        return InvestigatoryViews.RestrictionClaimView.of(records.recordView(id, body.accepted(), body.note()));
    }
}
