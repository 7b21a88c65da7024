package org.casework.notifications.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in the tests: an operation someone forgot to give a role rule. */
@Path("/test-only/unruled")
public class UnruledTestResource {

    @GET
    public String read() {
        return "should never be answered";
    }
}
