package org.casework.platform.audit.witness;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The two audit endpoints a service opens to the other services' clients (COMMON contract 3, marked *). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public interface PeerAuditApi {

    @GET
    @Path("/checkpoints/latest")
    PeerCheckpoint latestCheckpoint(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/consistency")
    PeerConsistency consistency(@QueryParam("from") long from, @QueryParam("to") long to,
            @HeaderParam("Authorization") String authorization);
}
