package org.casework.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Pages anyone can see: the public register of final decisions, and the page after signing out. */
@Path("/")
public class PublicPages {

    @Location("register.html")
    Template register;

    @Location("signed-out.html")
    Template signedOut;

    private final ApiGateway api;
    private final Pages pages;

    public PublicPages(ApiGateway api, Pages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance register(@QueryParam("after") String after) {
        return pages.render(register, "register", api.get(Service.NOTICES, "/register",
                java.util.Map.of("after", after == null ? "" : after, "limit", "50")));
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance signedOut() {
        return pages.render(signedOut);
    }
}
