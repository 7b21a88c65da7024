package org.casework.web.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.model.DirectoryUser;

/** The one read the web UI makes of the identity provider's users: one person by subject (Keycloak admin REST). */
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    @GET
    @Path("/users/{id}")
    DirectoryUser user(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
