package org.casework.web.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.Service;
import org.casework.web.service.CurrentUser;
import org.casework.web.service.Formats;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The caseworker's day: their cases, the statutory dates coming up, and the caseload by state. */
@Path("/")
public class DashboardPage {

    @Location("dashboard.html")
    Template page;

    private final ApiGateway api;
    private final CurrentUser user;
    private final Pages pages;

    public DashboardPage(ApiGateway api, CurrentUser user, Pages pages) {
        this.api = api;
        this.user = user;
        this.pages = pages;
    }

    /** One bar of the caseload chart, its height already worked out for the SVG. */
    @TemplateData
    public record Bar(String state, long count, int x, int height, int y, int labelX, int labelY) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance dashboard() {
        Object myCases = section(() -> api.get(Service.CASES, "/cases", Map.of("assignee", user.subject(), "limit", "20")));
        Object deadlines = section(() -> api.get(Service.NOTICES, "/deadlines", Map.of("days", "60")));
        Object counts = section(() -> api.get(Service.CASES, "/cases/counts"));
        return pages.render(page, "myCases", myCases, "deadlines", deadlines,
                "bars", counts instanceof Map<?, ?> m ? bars(m) : null);
    }

    /** A part of the page that could not be loaded shows a message instead of failing the whole page. */
    private static Object section(java.util.function.Supplier<Object> load) {
        try {
            return load.get();
        } catch (ApiUnavailableException | ApiProblemException e) {
            return null;
        }
    }

    static List<Bar> bars(Map<?, ?> counts) {
        long max = 1;
        for (Object v : counts.values()) {
            max = Math.max(max, ((Number) v).longValue());
        }
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (String state : List.of("OPEN", "INVESTIGATING", "NOTICE_OF_INTENT_ISSUED", "DECIDED", "CLOSED")) {
            long count = counts.get(state) instanceof Number n ? n.longValue() : 0;
            int height = (int) Math.round(120.0 * count / max);
            bars.add(new Bar(Formats.wordsOf(state), count, x + 10, height, 130 - height, x + 40, 126 - height));
            x += 90;
        }
        return bars;
    }
}
