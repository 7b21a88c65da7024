package org.casework.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;

/**
 * Evidence files (and, through {@link NoticePage}, notices' PDFs) streamed from their services with the
 * person's own token, so each read is checked and audited there.
 */
@Path("/")
public class Downloads {

    private final ApiGateway api;

    public Downloads(ApiGateway api) {
        this.api = api;
    }

    @GET
    @Path("representations/{id}/files/{fileId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response evidence(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return stream(api.download(Service.REPRESENTATIONS, "/representations/" + id + "/files/" + fileId));
    }

    static Response stream(ApiGateway.Download d) {
        StreamingOutput body = out -> {
            try (var in = d.body()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder r = Response.ok(body).header("Content-Type", d.contentType())
                .header("Content-Disposition", d.disposition()).header("X-Content-Type-Options", "nosniff");
        if (d.etag() != null) {
            r.header("ETag", d.etag());
        }
        return r.build();
    }
}
