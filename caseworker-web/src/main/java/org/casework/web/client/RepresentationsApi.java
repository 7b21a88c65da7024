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
import org.casework.web.model.AuditEvent;
import org.casework.web.model.ChainCheck;
import org.casework.web.model.ExtensionRequest;
import org.casework.web.model.ExtensionToDecide;
import org.casework.web.model.Representation;
import org.casework.web.model.RepresentationToConsider;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * representation-service: the written representations made on a notice of intent and their evidence, the requests
 * for more time to make them, and its audit trail. A notice with no window there answers 404. Hearings are
 * {@link HearingsApi}.
 */
@RegisterRestClient(configKey = "representation-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.REPRESENTATIONS)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface RepresentationsApi {

    @GET
    @Path("/representations")
    ApiPage<Representation> onNotice(@QueryParam("noticeId") String noticeId, @QueryParam("limit") int limit);

    @GET
    @Path("/representations/{id}")
    Representation read(@PathParam("id") String id);

    /** Oldest first. */
    @GET
    @Path("/representations/to-consider")
    ApiPage<RepresentationToConsider> toConsider(@QueryParam("after") String after, @QueryParam("limit") int limit);

    @POST
    @Path("/representations/{id}/consideration")
    void consider(@PathParam("id") String id, Map<String, Object> note);

    /** An evidence file, streamed through with the service's type, name, length and ETag. */
    @GET
    @Path("/representations/{id}/files/{fileId}")
    Response file(@PathParam("id") String id, @PathParam("fileId") String fileId);

    @GET
    @Path("/extension-requests")
    List<ExtensionRequest> extensionRequests(@QueryParam("noticeId") String noticeId);

    @GET
    @Path("/extension-requests/to-decide")
    ApiPage<ExtensionToDecide> extensionsToDecide(@QueryParam("limit") int limit);

    @POST
    @Path("/extension-requests/{id}/decision")
    void decideExtension(@PathParam("id") String requestId, Map<String, Object> decision);

    @GET
    @Path("/audit/verify")
    ChainCheck verifyAudit();

    @GET
    @Path("/audit/events")
    ApiPage<AuditEvent> auditEvents(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
