package org.casework.web.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.Service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** For auditors: each service's audit trail, whether its chain verifies, and its entries page by page. */
@Path("/audit")
public class AuditPage {

    @Location("audit.html")
    Template page;

    private final ApiGateway api;
    private final Pages pages;

    public AuditPage(ApiGateway api, Pages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("auditor")
    public TemplateInstance view(@QueryParam("service") String selected, @QueryParam("after") String after) {
        Service chosen = "NOTICES".equals(selected) ? Service.NOTICES
                : "REPRESENTATIONS".equals(selected) ? Service.REPRESENTATIONS : Service.CASES;
        List<Map<String, Object>> chains = new ArrayList<>();
        for (Service s : Service.values()) {
            Object verification;
            try {
                verification = api.get(s, "/audit/verify");
            } catch (ApiUnavailableException | ApiProblemException e) {
                verification = null;
            }
            chains.add(Map.of("service", s.name(), "label", s.id(), "verification",
                    verification == null ? Map.of() : verification, "answered", verification != null));
        }
        Object events = api.get(chosen, "/audit/events", Map.of("after", after == null ? "" : after, "limit", "50"));
        return pages.render(page, "chains", chains, "events", events, "chosen", chosen.name(), "chosenLabel", chosen.id());
    }
}
