package org.casework.notices.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.service.AppealQueries;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's view of the appeals against its own notices. */
@Path("/portal/issued-notices/{noticeId}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalAppealResource {

    private final AppealQueries queries;

    public PortalAppealResource(AppealQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnNoticeAppeals", summary = "The appeals against one of the organisation's notices",
            description = "Status, dates and the tribunal's outcome, without staff names or internal notes. A notice of "
                    + "another organisation answers 404, exactly as a missing one.")
    @APIResponse(responseCode = "200", description = "The appeals against the notice, at most " + NoticeLimits.APPEALS,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = AppealView.PortalAppealView.class, maxItems = NoticeLimits.APPEALS)))
    public List<AppealView.PortalAppealView> appeals(@PathParam("noticeId") UUID noticeId) {
        return queries.ofOwnNotice(noticeId);
    }
}
