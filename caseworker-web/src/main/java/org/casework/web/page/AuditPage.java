package org.casework.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.CasesApi;
import org.casework.web.client.NoticesApi;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.client.RepresentationsApi;
import org.casework.web.client.Service;
import org.casework.web.model.ApiPage;
import org.casework.web.model.AuditEvent;
import org.casework.web.model.ChainCheck;
import org.casework.web.view.CurrentUser;
import org.casework.web.view.Names;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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

    private final CasesApi cases;
    private final NoticesApi notices;
    private final RepresentationsApi representations;
    private final CurrentUser user;
    private final PeopleDirectory people;

    public AuditPage(@RestClient CasesApi cases, @RestClient NoticesApi notices,
            @RestClient RepresentationsApi representations, CurrentUser user, PeopleDirectory people) {
        this.cases = cases;
        this.notices = notices;
        this.representations = representations;
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
                check = Optional.of(verify(s));
            } catch (ApiUnavailableException | ApiProblemException e) {
                check = Optional.empty();
            }
            chains.add(new Chain(s, check));
        }
        ApiPage<AuditEvent> events = events(chosen, Pages.orNull(after));
        List<String> subjects = new ArrayList<>();
        for (AuditEvent e : events.items()) {
            subjects.add(e.subject());
            subjects.add(e.onBehalfOf().orElse(null));
        }
        return Templates.page(user, chains, events, chosen, people.names(subjects));
    }

    private ChainCheck verify(Service service) {
        return switch (service) {
            case CASES -> cases.verifyAudit();
            case NOTICES -> notices.verifyAudit();
            case REPRESENTATIONS -> representations.verifyAudit();
        };
    }

    private ApiPage<AuditEvent> events(Service service, String after) {
        return switch (service) {
            case CASES -> cases.auditEvents(after, 50);
            case NOTICES -> notices.auditEvents(after, 50);
            case REPRESENTATIONS -> representations.auditEvents(after, 50);
        };
    }
}
