package org.casework.platform.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A test-only address that answers with the length of its query, to show a request got through. */
@Path("/test-only/echo")
public class EchoTestResource {

    @GET
    @PermitAll
    public String echo(@QueryParam("q") String q) {
        return "q has " + (q == null ? 0 : q.length()) + " characters";
    }
}
