package org.casework.web.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.model.Appeal;
import org.casework.web.model.FeeBatch;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * notice-service's calls that take longer than a read, on a client of their own (configuration key
 * {@code notice-service-long}) that waits longer: issuing renders the document and calls two other services (a
 * first issue after start-up took 9.3 s), and an upload carries its file. Cut short, the page could only say that
 * it may or may not have been done. None is retried: each is sent again only by the person.
 */
@RegisterRestClient(configKey = "notice-service-long")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@ServiceApi(Service.NOTICES)
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD })
public interface LongNoticeCallsApi {

    /** {@code giving}: how the notice is given, {@code {"method": "EMAIL"}} (BY_HAND, LEFT_AT_ADDRESS, POST or EMAIL). */
    @POST
    @Path("/notices/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    void issue(@PathParam("id") String noticeId, @HeaderParam("Idempotency-Key") String key,
            Map<String, Object> giving);

    /** A CSV of unpaid fees in the part {@code file}: one fixed penalty's notice of intent for each valid row. */
    @POST
    @Path("/fee-penalties/batches")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    FeeBatch uploadFees(@HeaderParam("Idempotency-Key") String key, ClientMultipartForm csv);

    /** A document in the part {@code file}; the answer is the document as notice-service took it (id, SHA-256). */
    @POST
    @Path("/appeals/{appealId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Appeal.Document addAppealDocument(@PathParam("appealId") String appealId, ClientMultipartForm document);
}
