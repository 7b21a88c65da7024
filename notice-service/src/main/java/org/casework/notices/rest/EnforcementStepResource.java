package org.casework.notices.rest;

import java.util.Base64;
import java.util.HexFormat;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.enforcement.ProgressEvidence;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.service.StepComplianceService;
import org.casework.notices.service.StepQueries;
import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The steps of an enforcement notice (DPA 2018 s.149-150): what the organisation reported, and the findings. */
@Path("/notices/{id}/steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement notices")
public class EnforcementStepResource {

    private final StepQueries queries;
    private final StepComplianceService compliance;
    private final Idempotency idempotency;

    public EnforcementStepResource(StepQueries queries, StepComplianceService compliance, Idempotency idempotency) {
        this.queries = queries;
        this.compliance = compliance;
        this.idempotency = idempotency;
    }

    @Schema(example = """
            {"status": "COMPLIED",
             "note": "The revised retention schedule and the board minute adopting it were seen."}""")
    public record ComplianceRequest(
            @Schema(enumeration = { "COMPLIED", "NOT_COMPLIED" })
            @NotNull @Pattern(regexp = "COMPLIED|NOT_COMPLIED", message = "must be COMPLIED or NOT_COMPLIED") String status,
            @Schema(description = "What the finding rests on, e.g. the evidence seen")
            @NotBlank @Size(max = Lengths.NOTE) @SafeText(multiline = true) String note) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listEnforcementSteps",
            summary = "The steps of an enforcement notice", description = "Each with its compliance date, the "
            + "finding, whether it is missed (date past, London, still PENDING, not suspended by an appeal under "
            + "s.150(7)), and the organisation's progress reports with their evidence files. An audited read.")
    @APIResponse(responseCode = "200", description = "The steps, at most " + NoticeLimits.STEPS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = StepTrackingView.class, maxItems = NoticeLimits.STEPS)))
    public List<StepTrackingView> steps(@PathParam("id") UUID id) {
        return queries.of(id);
    }

    @POST
    @Path("/{stepId}/compliance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordStepCompliance",
            summary = "Record whether a step was complied with", description = "On an issued enforcement notice, "
            + "once per step (409 step-decided). NOT_COMPLIED only after the step's date has ended (422 "
            + "step-not-yet-due) and not while an appeal suspends the notice (409 compliance-suspended, s.150(7)). "
            + "Requires If-Match (the notice's ETag) and an Idempotency-Key: a repeat with the same key answers the "
            + "first answer again. Answers the notice with its new ETag. Audited.")
    public Response decide(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ComplianceRequest body) {
        return idempotency.execute(idempotencyKey, "POST /notices/" + id + "/steps/" + stepId + "/compliance", body,
                () -> {
                    Notice n = compliance.decide(id, stepId, ifMatch, StepStatus.valueOf(body.status()), body.note());
                    return Response.ok(NoticeView.of(n)).header(HttpHeaders.ETAG, EntityTags.of(n.version)).build();
                });
    }

    @GET
    @Path("/{stepId}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadStepEvidence",
            summary = "An evidence file of a progress report", description = "As uploaded; its SHA-256 as Digest "
            + "and ETag. The read is audited.")
    public Response evidence(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId,
            @PathParam("evidenceId") UUID evidenceId) {
        ProgressEvidence e = queries.evidence(id, stepId, evidenceId);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e.sha256));
        return Response.ok(e.content, e.contentType).header(HttpHeaders.ETAG, "\"" + e.sha256 + "\"")
                .header("Digest", "sha-256=" + base64)
                .header("Content-Disposition", "attachment; filename=\"" + e.fileName.replace("\"", "'") + "\"").build();
    }
}
