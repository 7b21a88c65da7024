package org.casework.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in the tests: a page someone forgot to give a role rule, beside one that has one. */
@Path("/test-only/unruled")
public class UnruledTestPage {

    @GET
    public String forgotten() {
        return "should never be answered";
    }

    @GET
    @Path("/ruled")
    @RolesAllowed("caseworker")
    public String ruled() {
        return "ok";
    }
}
