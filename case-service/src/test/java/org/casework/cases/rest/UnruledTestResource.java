package org.casework.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Exists only in the tests: operations someone forgot to give a role rule. */
@Path("/test-only/unruled")
public class UnruledTestResource {

    @GET
    public String read() {
        return "should never be answered";
    }

    @POST
    public String write() {
        return "should never be answered";
    }

    @GET
    @Path("/ruled")
    @RolesAllowed("caseworker")
    public String ruled() {
        return "ok";
    }

    @GET
    @Path("/forgotten")
    public String forgotten() {
        return "should never be answered";
    }
}
