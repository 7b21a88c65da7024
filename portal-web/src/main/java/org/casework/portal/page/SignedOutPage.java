package org.casework.portal.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.portal.view.SignedIn;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Where signing out ends (the sign-in server's session is ended too). */
@Path("/signed-out")
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SignedIn user);
    }

    private final SignedIn user;

    public SignedOutPage(SignedIn user) {
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance page() {
        return Templates.page(user);
    }
}
