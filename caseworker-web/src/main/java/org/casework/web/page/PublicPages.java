package org.casework.web.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.NoticesApi;
import org.casework.web.model.ApiPage;
import org.casework.web.model.RegisterEntry;
import org.casework.web.view.CurrentUser;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages anyone can see: the public register of final decisions, and the page after signing out. */
@Path("/")
public class PublicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(CurrentUser user, ApiPage<RegisterEntry> register);

        static native TemplateInstance signedOut(CurrentUser user);
    }

    private final NoticesApi notices;
    private final CurrentUser user;

    public PublicPages(@RestClient NoticesApi notices, CurrentUser user) {
        this.notices = notices;
        this.user = user;
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance register(@QueryParam("after") String after) {
        return Templates.register(user, notices.register(Pages.orNull(after), 50));
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut(user);
    }
}
