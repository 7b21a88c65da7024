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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.service.AppealQueries;
import org.casework.notices.service.AppealService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recording and listing the appeals against one notice (DPA 2018 s.162). */
@Path("/notices/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class NoticeAppealResource {

    private final AppealService appeals;
    private final AppealQueries queries;

    public NoticeAppealResource(AppealService appeals, AppealQueries queries) {
        this.appeals = appeals;
        this.queries = queries;
    }

    @Schema(example = """
            {"lodgedOn": "2027-03-01", "tribunalReference": "EA/2027/0123",
             "grounds": "The Commissioner overstated the number of people affected.",
             "lateAppealAdmitted": false}""")
    public record AppealRequest(@NotNull LocalDate lodgedOn,
            @NotBlank @Size(max = Lengths.EXTERNAL_REFERENCE) @SafeText String tribunalReference,
            @NotBlank @Size(max = Lengths.REASONS) @SafeText(multiline = true) String grounds,
            Boolean lateAppealAdmitted,
            @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String lateAppealReason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordAppeal", summary = "Record an appeal to the First-tier Tribunal",
            description = "Against an issued information, assessment, enforcement or penalty notice (DPA 2018 "
                    + "s.162(1)(a)-(d)), one pending at a time "
                    + "(409 appeal-pending). lodgedOn not before the notice was given nor in the future. After the "
                    + "working-day appeal due date (GRC Rules 2009 r.22(1)(b), r.12(2)) only when the tribunal admitted it "
                    + "late, with the reason (else 422 appeal-out-of-time). Marks the notice appealPending: what an "
                    + "information, assessment or enforcement notice not stated urgent requires is then suspended until "
                    + "the outcome (s.142(6), s.146(7), s.150(7)). For a final decision, moves the case DECIDED to "
                    + "APPEALED (an information or assessment notice moves no case). A settlement whose appeal was waived loses its discount: the amount due "
                    + "returns to the amount before it (settlementLost).")
    public Response record(@PathParam("id") UUID noticeId, @Valid @NotNull AppealRequest body) {
        Appeal a = appeals.record(noticeId, new AppealService.Lodged(body.lodgedOn(), body.tribunalReference().strip(),
                body.grounds(), Boolean.TRUE.equals(body.lateAppealAdmitted()), body.lateAppealReason()));
        return Response.created(URI.create("/appeals/" + a.id)).entity(queries.view(a.id))
                .header(HttpHeaders.ETAG, EntityTags.of(a.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listNoticeAppeals",
            summary = "The appeals against a notice", description = "Oldest first, with their outcomes and documents.")
    @APIResponse(responseCode = "200", description = "The appeals against the notice, at most " + NoticeLimits.APPEALS,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = AppealView.class, maxItems = NoticeLimits.APPEALS)))
    public List<AppealView> ofNotice(@PathParam("id") UUID noticeId) {
        return queries.ofNotice(noticeId);
    }
}
