package org.casework.web.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.Service;
import org.casework.web.service.CurrentUser;
import org.casework.web.service.Form;
import org.casework.web.service.Option;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The case list: filters, full-text search, sortable columns and keyset paging, all in the address. */
@Path("/cases")
public class CasesPage {

    @Location("cases.html")
    Template page;

    private final ApiGateway api;
    private final CurrentUser user;
    private final Pages pages;

    public CasesPage(ApiGateway api, CurrentUser user, Pages pages) {
        this.api = api;
        this.user = user;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("organisation") String organisation, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("after") String after) {
        Form filters = Form.empty().set("status", status).set("assignee", assignee).set("organisation", organisation)
                .set("q", q).set("sort", sort == null || sort.isBlank() ? "-opened" : sort);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("assignee", "me".equals(assignee) ? user.subject() : assignee);
        query.put("organisation", organisation);
        query.put("q", q);
        query.put("sort", filters.value("sort"));
        query.put("after", after);
        query.put("limit", "25");
        Object result;
        try {
            result = api.get(Service.CASES, "/cases", query);
        } catch (ApiProblemException e) {
            e.fieldErrors().forEach((field, message) -> filters.error(field, message));
            filters.banner(e.detail());
            Map<String, Object> none = new java.util.HashMap<>();
            none.put("items", java.util.List.of());
            none.put("next", null);
            result = none;
        }
        return pages.render(page, "filters", filters, "result", result, "states", Option.STATES,
                "filterQuery", filterQuery(filters, false), "sortQuery", filterQuery(filters, true));
    }

    /** The current filters as a query string, for paging links (with the sort) and sort links (without). */
    private static String filterQuery(Form f, boolean withoutSort) {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] { "status", "assignee", "organisation", "q", "sort" }) {
            if ((withoutSort && name.equals("sort")) || f.blank(name)) {
                continue;
            }
            sb.append('&').append(name).append('=').append(URLEncoder.encode(f.value(name), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
