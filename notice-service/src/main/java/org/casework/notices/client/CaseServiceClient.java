package org.casework.notices.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's API, as much of it as notice-service uses. */
@RegisterRestClient(configKey = "case-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    @GET
    @Path("/cases/{id}")
    CaseSnapshot read(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf);

    @POST
    @Path("/cases/{id}/transitions")
    CaseSnapshot transition(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf,
            @HeaderParam("Idempotency-Key") String idempotencyKey, TransitionRequest body);

    /** Puts a given information or assessment notice on the case's timeline; a repeat changes nothing. */
    @PUT
    @Path("/internal/cases/{id}/notices/{noticeId}")
    void noticeGiven(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf,
            NoticeGiven body);

    /** The service's readiness probe (public): answered at start-up, so the client is built before a request needs it. */
    @GET
    @Path("/q/health/ready")
    @Produces(MediaType.WILDCARD)
    String readiness();

    record TransitionRequest(String to, String reason, String noticeId) {
    }

    record NoticeGiven(String type, String reference) {
    }
}
