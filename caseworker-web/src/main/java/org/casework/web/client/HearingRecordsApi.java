package org.casework.web.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * A hearing's record with its documents, on a client that waits as long as an issue does (configuration key
 * {@code representation-service-long}): the documents are passed on as they arrive, up to 20 MB each.
 */
@RegisterRestClient(configKey = "representation-service-long")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.REPRESENTATIONS)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
public interface HearingRecordsApi {

    /** The fields {@code heldOn}, {@code attendees} and {@code note}, and the documents in the parts {@code files}. */
    @POST
    @Path("/hearing-requests/{id}/record")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    void record(@PathParam("id") String hearingId, ClientMultipartForm record);
}
