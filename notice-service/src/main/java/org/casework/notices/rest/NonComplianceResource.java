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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.investigation.NonCompliance;
import org.casework.notices.service.NonComplianceService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.openapi.Produced;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The record that an information or assessment notice was not complied with (DPA 2018 s.155(1)(b)). */
@Path("/notices/{id}/non-compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class NonComplianceResource {

    private final NonComplianceService service;
    private final Idempotency idempotency;

    public NonComplianceResource(NonComplianceService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Schema(example = """
            {"failure": "No information was provided by the day the notice required it.",
             "periodEndedOn": "2027-03-31", "note": "Reminder sent on 1 April, unanswered.",
             "noAppealPending": true}""")
    public record NonComplianceRequest(
            @Schema(description = "What the organisation failed to do")
            @NotBlank @Size(max = Lengths.NOTE) @SafeText(multiline = true) String failure,
            @Schema(description = "The last day of the period for compliance: not before the notice's compliance day "
                    + "(or the day an appeal ended, if later), and before today")
            @NotNull LocalDate periodEndedOn,
            @Schema(description = "What the finding rests on")
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String note,
            @Schema(description = "The caseworker confirms no appeal against the notice is pending (DPA 2018 s.142(6), "
                    + "s.146(7)); must be true")
            @NotNull Boolean noAppealPending,
            @Schema(description = "If an appeal against the notice was brought: the day it was determined or withdrawn",
                    nullable = true, maxLength = Produced.DATE)
            LocalDate appealEndedOn) {

        NonCompliance.Finding toFinding() {
            return new NonCompliance.Finding(failure, periodEndedOn, note, noAppealPending, appealEndedOn);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordNonCompliance",
            summary = "Record that an information or assessment notice was not complied with", description = "On an "
            + "issued information or assessment notice, once (409 non-compliance-recorded), only after its period for "
            + "compliance has ended (422 compliance-period-running) and not while an appeal against it is pending "
            + "(409 compliance-suspended, DPA 2018 s.142(6), s.146(7); cautiously also for a notice stated urgent, "
            + "s.164). It is the basis of a notice of intent under s.155(1)(b). Requires If-Match (the notice's ETag) "
            + "and an Idempotency-Key: a repeat with the same key answers the first answer again. Answers the notice "
            + "with its new ETag. Audited.")
    public Response record(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull NonComplianceRequest body) {
        return idempotency.execute(idempotencyKey, "POST /notices/" + id + "/non-compliance", body, () -> {
            Notice n = service.record(id, ifMatch, body.toFinding());
            return Response.created(URI.create("/notices/" + id + "/non-compliance")).entity(NoticeView.of(n))
                    .header(HttpHeaders.ETAG, EntityTags.of(n.version)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readNonCompliance",
            summary = "The record that the notice was not complied with (DPA 2018 s.155(1)(b))", description = "None "
            + "or one: empty until non-compliance is recorded, and on notices of other types. An audited read.")
    @APIResponse(responseCode = "200", description = "None or the one record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = NonComplianceViews.NonComplianceView.class, maxItems = 1)))
    public List<NonComplianceViews.NonComplianceView> read(@PathParam("id") UUID id) {
        Notice n = service.read(id);
        return n.nonCompliance == null ? List.of() : List.of(NonComplianceViews.NonComplianceView.of(n));
    }
}
