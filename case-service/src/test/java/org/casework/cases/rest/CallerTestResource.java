package org.casework.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.platform.security.CallerContext;
import org.casework.platform.security.Claims;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Exists only in the tests: who the service believes the caller is, from the injected token and the caller. */
@Path("/test-only/caller")
public class CallerTestResource {

    @Inject
    JsonWebToken token;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Produces(MediaType.TEXT_PLAIN)
    public String whoAmI() {
        return token.getSubject() + " " + Claims.text(token, "jti") + " " + caller.get().subject() + " "
                + caller.get().rolesAsText();
    }
}
