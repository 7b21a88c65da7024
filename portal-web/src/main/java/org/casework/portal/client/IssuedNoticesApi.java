package org.casework.portal.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.portal.model.ApiPage;
import org.casework.portal.model.NoticeDetail;
import org.casework.portal.model.NoticeSummary;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notice-service's portal: every notice given to the signed-in person's organisation (its {@code org_id}). The
 * service decides what the organisation may see; another organisation's notice answers 404 as a missing one.
 */
@RegisterRestClient(configKey = "notice-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@Path("/portal/issued-notices")
public interface IssuedNoticesApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    ApiPage<NoticeSummary> list(@QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    NoticeDetail read(@PathParam("id") UUID id);

    /**
     * The notice as given, byte for byte, with its name ({@code Content-Disposition}) and SHA-256 ({@code ETag},
     * {@code Repr-Digest}); for a fixed penalty, {@code step} says which of its two notices.
     */
    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    Response document(@PathParam("id") UUID id, @QueryParam("step") String step);
}
