package org.casework.notices.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.service.ProgressReports;
import org.casework.notices.service.StepQueries;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.security.Roles;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.validation.SafeTextValidator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The organisation's view of the steps of its own enforcement notice, and its progress reports with evidence. */
@Path("/portal/issued-notices/{noticeId}/steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalStepResource {

    private final StepQueries queries;
    private final ProgressReports reports;
    private final Idempotency idempotency;

    public PortalStepResource(StepQueries queries, ProgressReports reports, Idempotency idempotency) {
        this.queries = queries;
        this.reports = reports;
        this.idempotency = idempotency;
    }

    private static void requireText(String text) {
        String problem = text == null || text.isBlank() ? "must not be blank"
                : text.length() > Lengths.NOTE ? "must be at most " + Lengths.NOTE + " characters"
                : !SafeTextValidator.isSafe(text, true) ? "must not contain control or invisible formatting characters"
                : null;
        if (problem != null) {
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
            "Form part 'text' " + problem)
                    .with("errors", List.of(new FieldError("text", problem))));
        }
    }

    /** What a repeat must match to be answered again: the text and the files' digests. */
    record ProgressKey(String text, List<String> sha256) {
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnEnforcementSteps",
            summary = "The steps of one of the organisation's enforcement notices", description = "What each step "
            + "requires, by when, its status, whether it is missed, and the progress reported, without staff names or "
            + "internal notes. A notice of another organisation answers 404, exactly as a missing one. An audited read.")
    @APIResponse(responseCode = "200", description = "The steps, at most " + NoticeLimits.STEPS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = StepTrackingView.class, maxItems = NoticeLimits.STEPS)))
    public List<StepTrackingView> steps(@PathParam("noticeId") UUID noticeId) {
        return queries.ofOwnNotice(noticeId);
    }

    @POST
    @Path("/{stepId}/progress")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "reportStepProgress",
            summary = "Report progress on a step, with evidence", description = "Form part 'text' (what was done) "
            + "and up to 5 parts 'file': PDF, PNG or JPEG (recognised by their bytes), 1 byte to 20 MB each, kept with "
            + "their SHA-256. Requires an Idempotency-Key: a repeat with the same key and content answers the first "
            + "report again. Another organisation's notice answers 404. Audited.")
    public Response progress(@PathParam("noticeId") UUID noticeId, @PathParam("stepId") UUID stepId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RestForm("text") @Schema(maxLength = Lengths.NOTE) String text,
            @RestForm("file") List<FileUpload> files) {
        // whose notice it is comes first: another organisation learns nothing from how its request is refused
        queries.requireOwn(noticeId);
        Idempotency.requireValid(idempotencyKey);
        requireText(text);
        List<ProgressReports.Checked> checked = ProgressReports.check(files == null ? List.of() : files.stream()
                .map(f -> new ProgressReports.Upload(f.uploadedFile(), f.fileName(), f.size())).toList());
        ProgressKey key = new ProgressKey(text, checked.stream().map(ProgressReports.Checked::sha256).toList());
        return idempotency.execute(idempotencyKey, "POST /portal/issued-notices/" + noticeId + "/steps/" + stepId + "/progress",
                key, () -> Response.status(201).entity(reports.report(noticeId, stepId, text, checked)).build());
    }
}
