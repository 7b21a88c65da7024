package org.casework.web.page;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.casework.web.client.RepresentationsApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Evidence files (and, through {@link NoticePage}, notices' PDFs) streamed from their services with the
 * person's own token, so each read is checked and audited there.
 */
@Path("/")
public class Downloads {

    private final RepresentationsApi representations;

    public Downloads(@RestClient RepresentationsApi representations) {
        this.representations = representations;
    }

    @GET
    @Path("representations/{id}/files/{fileId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response evidence(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return stream(representations.file(id, fileId));
    }

    /**
     * A service's file passed on as it arrives, never held whole in memory: its type and name as the service gave
     * them, and its ETag and length when it gave them. The browser is told not to guess another type.
     */
    static Response stream(Response file) {
        String type = file.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String disposition = file.getHeaderString("Content-Disposition");
        String etag = file.getHeaderString(HttpHeaders.ETAG);
        String length = file.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        StreamingOutput body = out -> {
            try (file; InputStream in = file.readEntity(InputStream.class)) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder r = Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, type == null ? "application/octet-stream" : type)
                .header("Content-Disposition", disposition == null ? "attachment" : disposition)
                .header("X-Content-Type-Options", "nosniff");
        if (etag != null) {
            r.header(HttpHeaders.ETAG, etag);
        }
        if (length != null && length.matches("[0-9]{1,18}")) {
            r.header(HttpHeaders.CONTENT_LENGTH, length);
        }
        return r.build();
    }
}
