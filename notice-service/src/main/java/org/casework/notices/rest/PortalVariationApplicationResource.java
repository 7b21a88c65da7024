package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.enforcement.VariationApplication;
import org.casework.notices.domain.enforcement.VariationApplication.Kind;
import org.casework.notices.service.StepQueries;
import org.casework.notices.service.VariationApplications;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation applies to cancel or vary its own enforcement notice (DPA 2018 s.153(2)-(3)). */
@Path("/portal/issued-notices/{noticeId}/variation-applications")
@Tag(name = "Portal")
public class PortalVariationApplicationResource {

    private final StepQueries steps;
    private final VariationApplications applications;
    private final Idempotency idempotency;
    private final Validator validator;

    public PortalVariationApplicationResource(StepQueries steps, VariationApplications applications,
            Idempotency idempotency, Validator validator) {
        this.steps = steps;
        this.applications = applications;
        this.idempotency = idempotency;
        this.validator = validator;
    }

    public record NamedStepRequest(@NotNull UUID stepId,
            @Schema(description = "The date the organisation asks the step to be due on instead, if any")
            LocalDate requestedComplianceDate) {
    }

    @Schema(example = """
            {"kind": "VARY", "steps": [{"stepId": "6f1c2a9e-1d3b-4f5a-9c8d-2b7e4a1f0c3d",
             "requestedComplianceDate": "2027-09-30"}],
             "grounds": "Our new system goes live in September, not June as planned."}""")
    public record ApplicationRequest(
            @Schema(enumeration = { "CANCEL", "VARY" })
            @NotNull @Pattern(regexp = "CANCEL|VARY", message = "must be CANCEL or VARY") String kind,
            @Schema(description = "To vary: the steps that need not be complied with as they stand (at least one); to "
                    + "cancel: optional") @Size(max = NoticeLimits.STEPS) List<@Valid @NotNull NamedStepRequest> steps,
            @Schema(description = "The change of circumstances by reason of which one or more provisions of the notice "
                    + "need not be complied with to remedy the failure (s.153(3)(b))")
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String grounds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "applyForVariation",
            summary = "Apply to cancel or vary one of the organisation's enforcement notices", description = "DPA "
            + "2018 s.153(2): in writing, by the organisation the notice was given to; another organisation's notice "
            + "answers 404, exactly as a missing one. Only after the end of the period within which an appeal can be "
            + "brought (422 application-too-early, s.153(3)(a)) and on a change of circumstances by reason of which one "
            + "or more steps need not be complied with (grounds; to vary, the steps named, s.153(3)(b)). The notice must "
            + "be in force (409 notice-not-in-force); one undecided application at a time (409 application-pending). "
            + "Requires an Idempotency-Key: a repeat with the same key and body answers the first application again. "
            + "Audited.")
    public Response apply(@PathParam("noticeId") UUID noticeId, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ApplicationRequest body) {
        // whose notice it is comes first: another organisation learns nothing from how its request is refused
        steps.requireOwn(noticeId);
        Idempotency.requireValid(idempotencyKey);
        if (body == null) {
            throw ProblemException.badRequest("A JSON body with kind and grounds is required");
        }
        Set<ConstraintViolation<ApplicationRequest>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<VariationApplication.NamedStep> named = body.steps() == null ? List.of() : body.steps().stream()
                .map(s -> new VariationApplication.NamedStep(s.stepId(), 0, s.requestedComplianceDate())).toList();
        return idempotency.execute(idempotencyKey, "POST /portal/issued-notices/" + noticeId + "/variation-applications", body,
                () -> Response.status(201).entity(VariationApplicationView.of(applications.apply(noticeId,
                        Kind.valueOf(body.kind()), named, body.grounds())).forPortal()).build());
    }
}
