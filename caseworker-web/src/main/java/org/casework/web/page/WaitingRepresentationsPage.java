package org.casework.web.page;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;
import org.casework.web.model.ApiPage;
import org.casework.web.model.RepresentationToConsider;
import org.casework.web.view.CurrentUser;

import com.fasterxml.jackson.core.type.TypeReference;

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

    private final ApiGateway api;
    private final CurrentUser user;

    public WaitingRepresentationsPage(ApiGateway api, CurrentUser user) {
        this.api = api;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance list(@QueryParam("after") String after) {
        ApiPage<RepresentationToConsider> page = api.get(Service.REPRESENTATIONS, "/representations/to-consider",
                Map.of("after", after == null ? "" : after, "limit", "25"),
                new TypeReference<ApiPage<RepresentationToConsider>>() { });
        return Templates.page(user, page, after == null || after.isBlank());
    }
}
