package org.casework.notices.rest;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.casework.notices.service.NoticeQueries;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notices/{id}/document")
@Tag(name = "Notices")
public class NoticeDocumentResource {

    private final NoticeQueries queries;

    public NoticeDocumentResource(NoticeQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "downloadNoticeDocument",
            summary = "The issued notice as a PDF", description = "Unchanged since issue. Its SHA-256, stored at "
            + "issue, is sent as ETag (hex) and as Repr-Digest and Digest (base64). The read is audited.")
    public Response document(@PathParam("id") UUID id) {
        NoticeQueries.IssuedDocument document = queries.document(id);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256()));
        return Response.ok(document.content(), "application/pdf")
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                .header("Digest", "sha-256=" + base64)
                .header("Content-Disposition", "inline; filename=\"" + document.reference() + ".pdf\"")
                .build();
    }
}
