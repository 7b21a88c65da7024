package org.casework.notices.rest;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.rest.PortalIssuedNoticeViews.Detail;
import org.casework.notices.rest.PortalIssuedNoticeViews.Summary;
import org.casework.notices.service.NoticeQueries;
import org.casework.notices.service.PortalNotices;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's notices as given, of every kind, under notice-service's own portal prefix (the edge routes
 * {@code /portal/issued-notices} here and the rest of {@code /portal} to representation-service).
 */
@Path("/portal/issued-notices")
@Tag(name = "Portal")
public class PortalIssuedNoticeResource {

    private final PortalNotices notices;

    public PortalIssuedNoticeResource(PortalNotices notices) {
        this.notices = notices;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "listOwnIssuedNotices",
            summary = "Your organisation's notices", description = "Every notice given to your organisation (the "
            + "token's org_id): notices of intent, penalty, enforcement, information and assessment notices, reprimands, "
            + "warnings, and fixed penalties for an unpaid data protection fee. Each with its reference, kind in words, "
            + "the day given, what it requires in one line, the next date by which you must act, and links. Newest "
            + "first, keyset-paged (?after= the previous page's next, ?limit= 1-200). An audited read.")
    public Page<Summary> list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int size = PageLimit.of(limit);
        Page<PortalNotices.Given> page = notices.list(after, size);
        var today = notices.today();
        return new Page<>(page.items().stream().map(g -> Summary.of(g, today)).toList(), page.next());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "readOwnIssuedNotice",
            summary = "One of your organisation's notices", description = "What it requires and by when, its dates, "
            + "amount and documents with their SHA-256. Another organisation's notice, or a draft, answers 404 exactly as "
            + "a missing one. An audited read.")
    public Detail read(@PathParam("id") UUID id) {
        PortalNotices.Given g = notices.one(id);
        return Detail.of(g, notices.today());
    }

    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "downloadOwnNoticeDocument",
            summary = "One of your notices as a PDF", description = "The notice as given, unchanged. For a fixed "
            + "penalty, ?step=notice-of-intent or penalty-notice (default: the latest given). Its SHA-256 is sent as ETag "
            + "(hex) and as Repr-Digest and Digest (base64). Another organisation's notice answers 404. An audited read.")
    public Response document(@PathParam("id") UUID id,
            @QueryParam("step") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { "notice-of-intent",
                    "penalty-notice" })) String step) {
        return pdf(notices.document(id, step));
    }

    /** The PDF with its SHA-256 as the regulator's download sends it. */
    static Response pdf(NoticeQueries.IssuedDocument document) {
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256()));
        return Response.ok(document.content(), "application/pdf")
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                .header("Digest", "sha-256=" + base64)
                .header("Content-Disposition", "inline; filename=\"" + document.reference() + ".pdf\"")
                .build();
    }
}
