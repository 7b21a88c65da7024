package org.casework.notices.client;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** representation-service's internal API for notices of intent (service role only). */
@RegisterRestClient(configKey = "representation-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RepresentationServiceClient {

    /** Opens the window for representations on a notice of intent; repeating the same content changes nothing. */
    @PUT
    @Path("/internal/windows/{noticeId}")
    WindowStatus open(@PathParam("noticeId") UUID noticeId, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf, OpenWindow body);

    /** The window as it stands: its due date after any extension granted, and the representations received. */
    @GET
    @Path("/internal/windows/{noticeId}")
    WindowStatus status(@PathParam("noticeId") UUID noticeId, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf);

    /** Closes the window of a withdrawn notice of intent. */
    @DELETE
    @Path("/internal/windows/{noticeId}")
    WindowStatus close(@PathParam("noticeId") UUID noticeId, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Casework-On-Behalf-Of") String onBehalfOf);

    /** The service's readiness probe (public): answered at start-up, so the client is built before a request needs it. */
    @GET
    @Path("/q/health/ready")
    @Produces(MediaType.WILDCARD)
    String readiness();

    record OpenWindow(UUID caseId, String organisationId, LocalDate dueOn, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WindowStatus(UUID noticeId, UUID caseId, String organisationId, LocalDate dueOn, String status,
            long representationsReceived, long representationsConsidered, long undecidedExtensionRequests,
            long undecidedHearingRequests, long hearingsNotHeld) {
    }
}
