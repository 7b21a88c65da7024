package org.casework.web.client;

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
import org.casework.web.model.Appeal;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * notice-service's appeals to the tribunal and onward: those pending, a notice's own, what is recorded of them and
 * their documents (a document is added through {@link LongNoticeCallsApi}).
 */
@RegisterRestClient(configKey = "notice-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.NOTICES)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealsApi {

    @GET
    @Path("/appeals")
    ApiPage<Appeal> list(@QueryParam("status") String status, @QueryParam("limit") int limit);

    /** A notice's appeals, as a list or as a page of items: {@code NoticeView} reads either. */
    @GET
    @Path("/notices/{id}/appeals")
    JsonNode ofNotice(@PathParam("id") String noticeId);

    @POST
    @Path("/notices/{id}/appeals")
    void record(@PathParam("id") String noticeId, Map<String, Object> appeal);

    @POST
    @Path("/appeals/{appealId}/outcome")
    void decide(@PathParam("appealId") String appealId, Map<String, Object> outcome);

    @POST
    @Path("/appeals/{appealId}/onward-appeal")
    void appealOnward(@PathParam("appealId") String appealId, Map<String, Object> onward);

    @POST
    @Path("/appeals/{appealId}/onward-appeal/outcome")
    void decideOnward(@PathParam("appealId") String appealId, Map<String, Object> outcome);

    /** A document lodged with an appeal, streamed through with the service's type, name, length and ETag. */
    @GET
    @Path("/appeals/{appealId}/documents/{documentId}")
    Response document(@PathParam("appealId") String appealId, @PathParam("documentId") String documentId);
}
