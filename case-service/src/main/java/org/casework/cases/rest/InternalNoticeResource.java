package org.casework.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.cases.rest.body.RequestBodies;
import org.casework.cases.service.CaseNoticeService;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * notice-service's door into a case's timeline for the notices that move no case: information and assessment
 * notices (DPA 2018 s.142, s.146). Callable by notice-service's client only, as its other internal operations.
 */
@Path("/internal/cases/{id}/notices/{noticeId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service operations. Each is callable by notice-service's client "
        + "only (client credentials of client notice-service, role client:notice-service)")
public class InternalNoticeResource {

    private final CaseNoticeService notices;
    private final RequestBodies bodies;

    public InternalNoticeResource(CaseNoticeService notices, RequestBodies bodies) {
        this.notices = notices;
        this.bodies = bodies;
    }

    @Schema(example = """
            {"type": "INFORMATION_NOTICE", "reference": "INF-2026-000001"}""")
    public record NoticeGiven(
            @NotNull(message = "is required: INFORMATION_NOTICE or ASSESSMENT_NOTICE") CaseNoticeService.GivenNotice type,
            @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z]{2,3}-[0-9]{4}-[0-9]{4,7}", message = "must be a notice reference such as INF-2026-000001")
            @Size(max = 16) String reference) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NOTICE_SERVICE_CLIENT)
    @Operation(operationId = "recordNoticeGivenOnCase",
            summary = "Put a given information or assessment notice on the case's timeline",
            description = "When notice-service gives an information or assessment notice on the case, which moves no "
                    + "case. Idempotent: the first call adds the entry (201), a repeat answers it again (200) and "
                    + "changes nothing. 404 if there is no such case.\n\nCallers: notice-service's client only (a "
                    + "client-credentials token issued to client notice-service, which gains role "
                    + "client:notice-service). Every other client, a service token without a client id, and every "
                    + "person are refused with 403 and nothing changes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeGiven.class)))
    public Response given(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId, JsonNode json) {
        NoticeGiven body = bodies.read(json, NoticeGiven.class);
        CaseNoticeService.Recorded r = notices.given(id, noticeId, body.type(), body.reference());
        return Response.status(r.created() ? 201 : 200).entity(TimelineResource.TimelineEntry.of(r.event())).build();
    }
}
