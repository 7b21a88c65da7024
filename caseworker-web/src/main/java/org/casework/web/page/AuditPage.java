package org.casework.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.client.Service;
import org.casework.web.model.ApiPage;
import org.casework.web.model.AuditEvent;
import org.casework.web.model.ChainCheck;
import org.casework.web.view.CurrentUser;
import org.casework.web.view.Names;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** For auditors: each service's audit trail, whether its chain verifies, and its entries page by page. */
@Path("/audit")
public class AuditPage {

    /** A service's chain as the page shows it: not checked when the service did not answer. */
    public record Chain(Service service, Optional<ChainCheck> check) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, List<Chain> chains, ApiPage<AuditEvent> events,
                Service chosen, Names names);
    }

    private final ApiGateway api;
    private final CurrentUser user;
    private final PeopleDirectory people;

    public AuditPage(ApiGateway api, CurrentUser user, PeopleDirectory people) {
        this.api = api;
        this.user = user;
        this.people = people;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("auditor")
    public TemplateInstance view(@QueryParam("service") String selected, @QueryParam("after") String after) {
        Service chosen = "NOTICES".equals(selected) ? Service.NOTICES
                : "REPRESENTATIONS".equals(selected) ? Service.REPRESENTATIONS : Service.CASES;
        List<Chain> chains = new ArrayList<>();
        for (Service s : Service.values()) {
            Optional<ChainCheck> check;
            try {
                check = Optional.of(api.get(s, "/audit/verify", ChainCheck.class));
            } catch (ApiUnavailableException | ApiProblemException e) {
                check = Optional.empty();
            }
            chains.add(new Chain(s, check));
        }
        ApiPage<AuditEvent> events = api.get(chosen, "/audit/events", Map.of("after", after == null ? "" : after,
                "limit", "50"), new TypeReference<ApiPage<AuditEvent>>() { });
        List<String> subjects = new ArrayList<>();
        for (AuditEvent e : events.items()) {
            subjects.add(e.subject());
            subjects.add(e.onBehalfOf().orElse(null));
        }
        return Templates.page(user, chains, events, chosen, people.names(subjects));
    }
}
