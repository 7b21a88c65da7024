package org.casework.notices.rest;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariationDocument;
import org.casework.notices.service.PenaltyChangeService;
import org.casework.notices.service.VariationDocuments;
import org.casework.platform.http.EntityTags;
import org.casework.platform.money.Money;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's variation (DPA 2018 Sch 16 para 7) and cancellation (para 8) of an issued penalty notice. */
@Path("/notices/{id}")
@Tag(name = "Notices")
public class PenaltyChangeResource {

    private final PenaltyChangeService changes;
    private final VariationDocuments documents;

    public PenaltyChangeResource(PenaltyChangeService changes, VariationDocuments documents) {
        this.changes = changes;
        this.documents = documents;
    }

    @Schema(example = """
            {"amount": {"amount": "600000.00", "currency": "GBP"}, "paymentDays": 56,
             "reasons": "The organisation's accounts show financial hardship; the amount is reduced and the period extended."}""")
    public record VariationRequest(@Valid Money amount,
            @Min(1) @Max(NoticeLimits.VARIED_PERIOD_DAYS) Integer paymentDays,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String reasons) {
    }

    @Schema(example = """
            {"reasons": "The organisation has shown that the contravention was not its own: the notice is cancelled."}""")
    public record CancellationRequest(@NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String reasons) {
    }

    @POST
    @Path("/variation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "varyPenaltyNotice",
            summary = "Vary an issued penalty notice", description = "Requires If-Match. A penalty variation notice "
            + "(DPA 2018 Sch 16 para 7): a lower amount and/or a longer payment period (days beginning when the notice "
            + "was given, at least 28). Never to the person's detriment: a higher amount, a shorter period or an earlier "
            + "last day for payment is refused (422 variation-to-detriment, para 7(3)); one changing nothing too (422 "
            + "variation-changes-nothing). The variation notice PDF is generated with its SHA-256; the issued notice "
            + "document never changes. amount and paymentDueOn become the current ones.")
    public Response vary(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VariationRequest body) {
        return ok(changes.vary(id, ifMatch, body.amount() == null ? null : body.amount().pounds(), body.paymentDays(),
                body.reasons()));
    }

    @POST
    @Path("/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "cancelPenaltyNotice",
            summary = "Cancel an issued penalty notice", description = "Requires If-Match. DPA 2018 Sch 16 para 8: "
            + "the notice becomes CANCELLED, what was paid is repaid, and no further penalty notice may be given for the "
            + "same failure: drafting or issuing another penalty notice on the case is refused (409 penalty-cancelled).")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancellationRequest body) {
        return ok(changes.cancel(id, ifMatch, body.reasons()));
    }

    @GET
    @Path("/variations/{variationId}/document")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadVariationDocument",
            summary = "A variation notice as a PDF", description = "Unchanged since the variation; its SHA-256 as "
            + "ETag (hex) and Digest (base64). The read is audited.")
    public Response document(@PathParam("id") UUID id, @PathParam("variationId") UUID variationId) {
        NoticeVariationDocument d = documents.read(id, variationId);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256));
        return Response.ok(d.content, "application/pdf").header(HttpHeaders.ETAG, "\"" + d.sha256 + "\"")
                .header("Digest", "sha-256=" + base64).build();
    }

    private static Response ok(Notice n) {
        return Response.ok(NoticeView.of(n)).header(HttpHeaders.ETAG, EntityTags.of(n.version)).build();
    }
}
