package org.casework.web.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.model.Account;
import org.casework.web.model.AccountSummary;
import org.casework.web.model.AccountTotals;
import org.casework.web.model.ApiPage;
import org.casework.web.model.Calculation;
import org.casework.web.model.FeeBatch;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notice-service's money: the fine calculator (it changes nothing), a penalty's account and what is done on it, the
 * accounts overdue or recoverable, and an upload of unpaid fees as its batch (the upload itself is
 * {@link LongNoticeCallsApi}).
 */
@RegisterRestClient(configKey = "notice-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.NOTICES)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
@Consumes(MediaType.APPLICATION_JSON)
public interface PenaltiesApi {

    /** A calculation worked out and answered, nothing kept: a POST only because the request is a body. */
    @POST
    @Path("/penalty-calculations")
    Calculation calculate(Map<String, Object> request);

    /** 404 until notice-service keeps an account for the notice. */
    @GET
    @Path("/notices/{id}/account")
    Account account(@PathParam("id") String noticeId);

    @POST
    @Path("/notices/{id}/payments")
    void pay(@PathParam("id") String noticeId, Map<String, Object> payment);

    @PUT
    @Path("/notices/{id}/instalment-plan")
    void plan(@PathParam("id") String noticeId, Map<String, Object> plan);

    @POST
    @Path("/notices/{id}/recovery")
    void referForRecovery(@PathParam("id") String noticeId, Map<String, Object> referral);

    @POST
    @Path("/notices/{id}/variation")
    void vary(@PathParam("id") String noticeId, @HeaderParam("If-Match") String ifMatch, Map<String, Object> variation);

    @POST
    @Path("/notices/{id}/cancellation")
    void cancel(@PathParam("id") String noticeId, @HeaderParam("If-Match") String ifMatch, Map<String, Object> cancellation);

    /** {@code filter}: OVERDUE or RECOVERY_POSSIBLE. */
    @GET
    @Path("/penalty-accounts")
    ApiPage<AccountSummary> accounts(@QueryParam("filter") String filter, @QueryParam("limit") int limit);

    @GET
    @Path("/penalty-accounts/totals")
    AccountTotals totals();

    @GET
    @Path("/fee-penalties/batches/{id}")
    FeeBatch feeBatch(@PathParam("id") String id);
}
