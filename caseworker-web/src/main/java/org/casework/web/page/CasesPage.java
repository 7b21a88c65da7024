package org.casework.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.CasesApi;
import org.casework.web.model.ApiPage;
import org.casework.web.model.CaseSummary;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.Form;
import org.casework.web.form.Option;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The case list: filters, full-text search, sortable columns and keyset paging, all in the address. */
@Path("/cases")
public class CasesPage {

    /**
     * case-service refuses a search text ({@code q}) or organisation over 200 characters; the fields stop there,
     * which also keeps the address (up to nine characters per typed character once encoded) within the web's
     * limit of 4,096.
     */
    static final int SEARCH_MAX_LENGTH = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form filters, ApiPage<CaseSummary> result,
                List<Option> states, String filterQuery, String sortQuery, int searchMax, boolean firstPage);
    }

    private final CasesApi cases;
    private final CurrentUser user;

    public CasesPage(@RestClient CasesApi cases, CurrentUser user) {
        this.cases = cases;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("organisation") String organisation, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("after") String after) {
        Form filters = Form.empty().set("status", status).set("assignee", assignee).set("organisation", organisation)
                .set("q", q).set("sort", sort == null || sort.isBlank() ? "-opened" : sort);
        ApiPage<CaseSummary> result;
        try {
            result = cases.list(Pages.orNull(status), Pages.orNull("me".equals(assignee) ? user.subject() : assignee),
                    Pages.orNull(organisation), Pages.orNull(q), Pages.orNull(filters.value("sort")), Pages.orNull(after), 25);
        } catch (ApiProblemException e) {
            e.fieldErrors().forEach(filters::error);
            filters.banner(e.detail());
            result = ApiPage.empty();
        }
        return Templates.page(user, filters, result, Option.STATES, filterQuery(filters, false), filterQuery(filters, true),
                SEARCH_MAX_LENGTH, after == null || after.isBlank());
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
