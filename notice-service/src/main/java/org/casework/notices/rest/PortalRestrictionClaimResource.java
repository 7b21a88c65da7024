package org.casework.notices.rest;

import java.net.URI;
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
import org.casework.notices.domain.investigation.RestrictionClaim;
import org.casework.notices.domain.investigation.RestrictionGround;
import org.casework.notices.service.InvestigatoryRecords;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation says a restriction of DPA 2018 s.143 applies to what its information notice asks. */
@Path("/portal/issued-notices/{noticeId}/restriction-claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalRestrictionClaimResource {

    private final InvestigatoryRecords records;

    public PortalRestrictionClaimResource(InvestigatoryRecords records) {
        this.records = records;
    }

    @Schema(example = """
            {"ground": "LEGAL_ADVICE_PRIVILEGE",
             "statement": "Item 3 asks for our solicitors' advice on the breach, which is privileged."}""")
    public record ClaimRequest(@NotNull RestrictionGround ground,
            @NotBlank @Size(max = Lengths.CLAIM) @SafeText(multiline = true) String statement) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "claimRestriction",
            summary = "Claim a restriction on your information notice", description = "The ground (s.143(1), (2), "
            + "(3), (4) or (6)) and why it applies, in your words. Only on an issued information notice of your "
            + "organisation (409 on another kind); another organisation's notice answers 404 as a missing one.")
    public Response claim(@PathParam("noticeId") UUID noticeId, @Valid @NotNull ClaimRequest body) {
        RestrictionClaim c = records.claim(noticeId, body.ground(), body.statement());
        return Response.created(URI.create("/portal/issued-notices/" + noticeId + "/restriction-claims"))
                .entity(InvestigatoryViews.PortalRestrictionClaimView.of(c)).build();
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnRestrictionClaims",
            summary = "Your restriction claims on one of your notices", description = "Each with the regulator's "
            + "view once given. An audited read; another organisation's notice answers 404.")
    @APIResponse(responseCode = "200", description = "Your restriction claims on the notice, at most " + NoticeLimits.RESTRICTION_CLAIMS,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = InvestigatoryViews.PortalRestrictionClaimView.class,
                    maxItems = NoticeLimits.RESTRICTION_CLAIMS)))
    public List<InvestigatoryViews.PortalRestrictionClaimView> claims(@PathParam("noticeId") UUID noticeId) {
        return records.ownClaims(noticeId).stream().map(InvestigatoryViews.PortalRestrictionClaimView::of).toList();
    }
}
