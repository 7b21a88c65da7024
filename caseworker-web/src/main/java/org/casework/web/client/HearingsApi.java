package org.casework.web.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.web.model.ApiPage;
import org.casework.web.model.Hearing;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * representation-service's requests for an oral hearing on a notice of intent: those on a notice (404 while it has
 * no window), those to decide, the decision and the record's documents. The record itself, with its documents, is
 * {@link HearingRecordsApi}.
 */
@RegisterRestClient(configKey = "representation-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.REPRESENTATIONS)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface HearingsApi {

    @GET
    @Path("/hearing-requests")
    List<Hearing> onNotice(@QueryParam("noticeId") String noticeId);

    @GET
    @Path("/hearing-requests/to-decide")
    ApiPage<Hearing> toDecide(@QueryParam("limit") int limit);

    @POST
    @Path("/hearing-requests/{id}/decision")
    void decide(@PathParam("id") String hearingId, Map<String, Object> decision);

    /** A document of a hearing's record, streamed through with the service's type, name, length and ETag. */
    @GET
    @Path("/hearing-requests/{id}/documents/{documentId}")
    Response document(@PathParam("id") String hearingId, @PathParam("documentId") String documentId);
}
