package org.casework.representations.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.platform.security.Roles;
import org.casework.representations.domain.Lengths;
import org.casework.representations.service.WindowService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * notice-service's door: opening, reading and closing the window of a notice of intent. Each operation
 * names the one client that may call it; no other client, and no service token without a client id,
 * gets through (DESIGN §4, service identities).
 */
@Path("/internal/windows/{noticeId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service operations. Each is callable by notice-service's client "
        + "only (client credentials of client notice-service, role client:notice-service)")
public class InternalWindowResource {

    /** Who may call, in every internal operation's description. */
    static final String CALLERS = "\n\nCallers: notice-service's client only (a client-credentials token issued to client "
            + "notice-service, which gains role client:notice-service). Every other client (case-service's, "
            + "representation-service's, any unknown one), a service token without a client id, and every person "
            + "are refused with 403 and nothing changes.";

    private final WindowService windows;
    private final Clock clock;

    public InternalWindowResource(WindowService windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Schema(example = """
            {"caseId": "0f8e6a52-4c1d-4b7e-9d3a-5e2f1c7b8a90", "organisationId": "acme-ltd", "dueOn": "2027-01-29",
             "reference": "NOI-2026-000123"}""")
    public record OpenWindow(@NotNull UUID caseId,
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be an organisation id")
            @Size(max = Lengths.ORGANISATION_ID) String organisationId,
            @NotNull LocalDate dueOn,
            @Pattern(regexp = "[A-Z]{2,3}-[0-9]{4}-[0-9]{6}", message = "must be a notice reference")
            @Size(max = Lengths.NOTICE_REFERENCE) String reference) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NOTICE_SERVICE_CLIENT)
    @Operation(operationId = "openRepresentationWindow",
            summary = "Open the representation window of a notice of intent",
            description = "When a notice of intent is issued. Idempotent: the same content again changes nothing (200); "
                    + "different content is a 409." + CALLERS)
    @APIResponse(responseCode = "201", description = "The window, opened", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.WindowView.class)))
    @APIResponse(responseCode = "200", description = "The window, already open with the same content", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.WindowView.class)))
    public Response open(@PathParam("noticeId") UUID noticeId, @Valid @NotNull OpenWindow body) {
        WindowService.WindowState s = windows.open(noticeId, body.caseId(), body.organisationId(), body.dueOn(),
                body.reference());
        return Response.status(s.created() ? 201 : 200).entity(view(s)).build();
    }

    @GET
    @RolesAllowed(Roles.NOTICE_SERVICE_CLIENT)
    @Operation(operationId = "readRepresentationWindow",
            summary = "The window as it stands", description = "Its due date after any extension granted, "
            + "how many representations were received and considered, and how many requests for more time or a hearing "
            + "are undecided and granted hearings not yet held (before a penalty notice: DPA 2018 Sch 16 para 3(5), "
            + "para 4)." + CALLERS)
    public Views.WindowView status(@PathParam("noticeId") UUID noticeId) {
        return view(windows.status(noticeId));
    }

    @DELETE
    @RolesAllowed(Roles.NOTICE_SERVICE_CLIENT)
    @Operation(operationId = "closeRepresentationWindow",
            summary = "Close the window of a withdrawn notice of intent", description = "Idempotent." + CALLERS)
    public Views.WindowView close(@PathParam("noticeId") UUID noticeId) {
        return view(windows.close(noticeId));
    }

    private Views.WindowView view(WindowService.WindowState s) {
        return Views.WindowView.of(s, clock.instant());
    }
}
