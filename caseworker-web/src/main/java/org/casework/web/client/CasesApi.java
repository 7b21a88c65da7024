package org.casework.web.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.model.ApiPage;
import org.casework.web.model.AuditEvent;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.CaseFactsRequest;
import org.casework.web.model.CaseSummary;
import org.casework.web.model.ChainCheck;
import org.casework.web.model.TimelineEntry;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * case-service: cases, their facts, findings, assignment and moves, and its audit trail. Changes carry If-Match
 * on the version the form was filled from, or the form's Idempotency-Key; a query parameter left null is not sent.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.CASES)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface CasesApi {

    @GET
    @Path("/cases")
    ApiPage<CaseSummary> list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("organisation") String organisation, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/cases/{id}")
    CaseDetail read(@PathParam("id") String id);

    @GET
    @Path("/cases/{id}/timeline")
    ApiPage<TimelineEntry> timeline(@PathParam("id") String id, @QueryParam("limit") int limit);

    /** How many cases are in each state, by state. */
    @GET
    @Path("/cases/counts")
    Map<String, Long> counts();

    @POST
    @Path("/cases")
    CaseDetail open(@HeaderParam("Idempotency-Key") String key, CaseFactsRequest facts);

    /** A JSON merge patch of the case's facts. */
    @PATCH
    @Path("/cases/{id}")
    void correct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CaseFactsRequest facts);

    @POST
    @Path("/cases/{id}/findings")
    void recordFinding(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> finding);

    @PUT
    @Path("/cases/{id}/assignee")
    void assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> assignee);

    @POST
    @Path("/cases/{id}/transitions")
    void move(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key, Map<String, Object> transition);

    @GET
    @Path("/audit/verify")
    ChainCheck verifyAudit();

    @GET
    @Path("/audit/events")
    ApiPage<AuditEvent> auditEvents(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
