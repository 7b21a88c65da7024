package org.casework.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.RepresentationsApi;
import org.casework.web.model.ApiPage;
import org.casework.web.model.RepresentationToConsider;
import org.casework.web.view.CurrentUser;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every representation waiting to be considered, oldest first, 25 a page: the dashboard lists the first few and
 * links here for the rest. Each leads to the representation's page, where it is read and marked as considered.
 */
@Path("/waiting/representations")
public class WaitingRepresentationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, ApiPage<RepresentationToConsider> waiting, boolean firstPage);
    }

    private final RepresentationsApi representations;
    private final CurrentUser user;

    public WaitingRepresentationsPage(@RestClient RepresentationsApi representations, CurrentUser user) {
        this.representations = representations;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance list(@QueryParam("after") String after) {
        ApiPage<RepresentationToConsider> page = representations.toConsider(Pages.orNull(after), 25);
        return Templates.page(user, page, after == null || after.isBlank());
    }
}
