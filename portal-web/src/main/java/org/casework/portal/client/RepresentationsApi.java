package org.casework.portal.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.portal.model.Window;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** representation-service's portal: one of the organisation's representations, as it took it (files and SHA-256). */
@RegisterRestClient(configKey = "representation-service")
@RegisterProvider(UserToken.class)
@RegisterProvider(ApiErrors.class)
@Path("/portal/representations/{id}")
public interface RepresentationsApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Window.Representation read(@PathParam("id") UUID id);
}
