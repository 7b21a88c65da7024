package org.casework.notices.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.SettlementStage;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.service.NoticeAmendmentService;
import org.casework.notices.service.NoticeIssueService;
import org.casework.notices.service.NoticeWithdrawalService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a decision-maker does to a notice: issue, withdraw, settle, agree a later deadline, publish. */
@Path("/notices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class NoticeActionResource {

    private final NoticeIssueService issuing;
    private final NoticeWithdrawalService withdrawal;
    private final NoticeAmendmentService amendments;

    public NoticeActionResource(NoticeIssueService issuing, NoticeWithdrawalService withdrawal,
            NoticeAmendmentService amendments) {
        this.issuing = issuing;
        this.withdrawal = withdrawal;
        this.amendments = amendments;
    }

    /**
     * How the notice will be given. Absent (no body, an empty one, or no method), it is handed over the day it is
     * issued: the day every period ran from before methods were recorded, so clients written then keep their dates.
     */
    @Schema(example = """
            {"method": "EMAIL"}""")
    public record IssueRequest(@Schema(description = "How the notice is given (DPA 2018 s.141A(2)): BY_HAND and "
            + "LEFT_AT_ADDRESS are given that day; POST on the second business day after posting (Interpretation Act "
            + "1978 s.7); EMAIL 48 hours after it is sent (s.141A; refused for a notice sent before s.141A was in force, "
            + "s.141(5)). Absent: BY_HAND", nullable = true, enumeration = { "BY_HAND", "LEFT_AT_ADDRESS", "POST", "EMAIL" })
            GivingMethod method) {

        GivingMethod methodOrDefault() {
            return method == null ? GivingMethod.BY_HAND : method;
        }
    }

    @Schema(example = """
            {"reason": "Drafted against the wrong legal entity of the case."}""")
    public record WithdrawRequest(@NotBlank @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String reason) {
    }

    @Schema(example = """
            {"stage": "DURING_REPRESENTATIONS", "discountPercent": 20.00, "appealWaived": true}""")
    public record SettlementRequest(@NotNull SettlementStage stage,
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
            @NotNull @AssertTrue(message = "must be true: a settlement discount is given for waiving the appeal")
            Boolean appealWaived) {
    }

    @Schema(example = """
            {"agreedUntil": "2027-07-30", "reason": "The organisation asked for more time to restore its backups.",
             "agreedBy": "Jane Smith, Data Protection Officer", "agreedOn": "2027-05-20",
             "evidence": "Letter of 20 May 2027, our reference ENF/0042"}""")
    public record ExtensionRequest(@NotNull LocalDate agreedUntil,
            @NotBlank @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String reason,
            @Schema(description = "Who at the organisation agreed: name and position")
            @NotBlank @Size(max = Lengths.NAME) @SafeText String agreedBy,
            @Schema(description = "The day the organisation agreed; within the period it extends, not in the future")
            @NotNull LocalDate agreedOn,
            @Schema(description = "Where the agreement is recorded, e.g. the letter or email and its reference")
            @NotBlank @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String evidence) {
    }

    @Schema(example = """
            {"publish": false, "withheldReason": "Publication would prejudice a related criminal investigation."}""")
    public record PublicationRequest(@NotNull Boolean publish,
            @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String withheldReason) {
    }

    @POST
    @Path("/issue")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "issueNotice",
            summary = "Issue (give) the notice", description = "Requires an Idempotency-Key. Checks the statutory "
            + "content and rules (four eyes, 21-day representations period, a live notice of intent, the period ended "
            + "and every representation considered, no request for more time or a hearing undecided and every hearing "
            + "granted held, the 6-month limit), moves the case on and, for a notice of intent, "
            + "opens the representation window. A 503 leaves the notice DRAFT with the issue pending; retry. A repeat "
            + "with the same key, even one sent while the first is still running, answers with the issued notice. "
            + "The optional body says how the notice is given; every period runs from the day it is treated as given "
            + "(givenOn). Without a body, or without a method, it is taken to be handed over the day it is issued.")
    public Response issue(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = false) @Valid IssueRequest body) {
        return ok(issuing.issue(id, idempotencyKey, body == null ? GivingMethod.BY_HAND : body.methodOrDefault()));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "withdrawNotice",
            summary = "Withdraw the notice", description = "A draft, or an issued notice of intent (its case "
            + "returns to INVESTIGATING and its representation window closes). Final decisions cannot be withdrawn.")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawRequest body) {
        return ok(withdrawal.withdraw(id, body.reason()));
    }

    @POST
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "recordSettlement",
            summary = "Record a settlement", description = "On a draft penalty notice: the discount for the stage "
            + "(at most the configured maximum) applies to the calculated penalty; the appeal must be waived.")
    public Response settle(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SettlementRequest body) {
        return ok(amendments.settle(id, ifMatch, body.stage(), body.discountPercent(), body.appealWaived()));
    }

    @POST
    @Path("/deadline-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "extendPenaltyNoticeDeadline",
            summary = "Record a later deadline agreed for the penalty notice",
            description = "On an issued notice of intent (DPA 2018 Sch 16 para 2(3)), while the period for the penalty "
                    + "notice still runs: after it has ended a later agreement is refused (422 extension-after-deadline). "
                    + "Records who at the organisation agreed, when, and the evidence.")
    public Response extend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExtensionRequest body) {
        return ok(amendments.agreeLaterDeadline(id, ifMatch, new NoticeAmendmentService.ExtensionAgreement(
                body.agreedUntil(), body.reason(), body.agreedBy(), body.agreedOn(), body.evidence())));
    }

    @PUT
    @Path("/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "setNoticePublication",
            summary = "Publish or withhold a final decision", description = "Withholding records its reason.")
    public Response publication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PublicationRequest body) {
        return ok(amendments.setPublication(id, ifMatch, body.publish(), body.withheldReason()));
    }

    private static Response ok(Notice n) {
        return Response.ok(NoticeView.of(n)).header(HttpHeaders.ETAG, EntityTags.of(n.version)).build();
    }
}
