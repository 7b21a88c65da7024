package org.casework.portal.client;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.portal.model.Window;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** representation-service's portal: a notice of intent's period for representations and the organisation's requests. */
@RegisterRestClient(configKey = "representation-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@Path("/portal/notices/{noticeId}")
@Produces(MediaType.APPLICATION_JSON)
public interface WindowsApi {

    record MoreTime(LocalDate until, String reason) {
    }

    record Hearing(String reason) {
    }

    @GET
    Window read(@PathParam("noticeId") UUID noticeId);

    /** Written representations: {@code statement} and {@code files}, each file checked by its bytes there. */
    @POST
    @Path("/representations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Window.Representation submit(@PathParam("noticeId") UUID noticeId, ClientMultipartForm form);

    @POST
    @Path("/extension-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    void askForMoreTime(@PathParam("noticeId") UUID noticeId, MoreTime body);

    @POST
    @Path("/hearing-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    void askForHearing(@PathParam("noticeId") UUID noticeId, Hearing body);
}
