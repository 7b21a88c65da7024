package org.casework.web.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.casework.web.model.ComplianceDates;
import org.casework.web.model.Deadline;
import org.casework.web.model.DraftToIssue;
import org.casework.web.model.EnforcementStep;
import org.casework.web.model.Notice;
import org.casework.web.model.RegisterEntry;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notice-service: notices from draft to withdrawal, an enforcement notice's steps, the dates coming up, the public
 * register and its audit trail. Penalties and appeals are {@link PenaltiesApi} and {@link AppealsApi}; issuing,
 * which takes longer than a read, is {@link LongNoticeCallsApi}.
 */
@RegisterRestClient(configKey = "notice-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.NOTICES)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface NoticesApi {

    @GET
    @Path("/notices")
    ApiPage<Notice> list(@QueryParam("caseId") String caseId, @QueryParam("limit") int limit);

    @GET
    @Path("/notices/{id}")
    Notice read(@PathParam("id") String id);

    @GET
    @Path("/notices/drafts")
    ApiPage<DraftToIssue> drafts(@QueryParam("limit") int limit);

    @POST
    @Path("/notices")
    Notice draft(Map<String, Object> content);

    /** A JSON merge patch of a draft. */
    @PATCH
    @Path("/notices/{id}")
    void change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> patch);

    @POST
    @Path("/notices/{id}/settlement")
    void settle(@PathParam("id") String id, Map<String, Object> settlement);

    @POST
    @Path("/notices/{id}/withdraw")
    void withdraw(@PathParam("id") String id, Map<String, Object> reason);

    /** The notice as given, streamed through: its type, name, length and ETag are the service's. */
    @GET
    @Path("/notices/{id}/document")
    Response document(@PathParam("id") String id);

    @GET
    @Path("/notices/{id}/steps")
    List<EnforcementStep> steps(@PathParam("id") String id);

    @POST
    @Path("/notices/{id}/steps/{stepId}/compliance")
    void decideStep(@PathParam("id") String id, @PathParam("stepId") String stepId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, Map<String, Object> finding);

    @POST
    @Path("/notices/{id}/non-compliance")
    void recordNonCompliance(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, Map<String, Object> record);

    @POST
    @Path("/notices/{id}/deadline-extension")
    void extendDeadline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> agreement);

    @GET
    @Path("/deadlines")
    ApiPage<Deadline> deadlines(@QueryParam("days") int days, @QueryParam("after") String after,
            @QueryParam("limit") int limit);

    @GET
    @Path("/compliance-dates")
    ComplianceDates complianceDates(@QueryParam("days") int days, @QueryParam("limit") int limit);

    @GET
    @Path("/register")
    ApiPage<RegisterEntry> register(@QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/audit/verify")
    ChainCheck verifyAudit();

    @GET
    @Path("/audit/events")
    ApiPage<AuditEvent> auditEvents(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
