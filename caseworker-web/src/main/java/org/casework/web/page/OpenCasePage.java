package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.CasesApi;
import org.casework.web.model.CaseFactsRequest;
import org.casework.web.form.CaseFields;
import org.casework.web.form.CaseForm;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.Form;
import org.casework.web.form.Option;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Opening a case: the form, every error at once in the GOV.UK error summary linked to its field, and
 * post/redirect/get to the new case. The Idempotency-Key rides in a hidden field, so sending the form
 * again after a failure opens one case. Nothing typed is lost when a service refuses or is down.
 */
@Path("/cases/new")
public class OpenCasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, List<Option> sources, List<Option> yesNo,
                List<Option.Row> entityRows);
    }

    private final CasesApi cases;
    private final CurrentUser user;
    private final Clock clock;

    public OpenCasePage(@RestClient CasesApi cases, CurrentUser user, Clock clock) {
        this.cases = cases;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public TemplateInstance form() {
        return view(Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public Response open(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        CaseFactsRequest request = CaseForm.read(form, LocalDate.now(clock));
        if (request == null) {
            return Pages.refused(400, view(form));
        }
        return Pages.submit(form, () -> Outcome.CASE_OPENED.at("/cases/" + cases.open(Pages.keyOf(form), request).id()),
                CaseFields::fieldFor, CaseFields::sentence, () -> view(form));
    }

    private TemplateInstance view(Form form) {
        return Templates.page(user, Pages.withKey(form), Option.SOURCES, Option.YES_NO,
                Option.Row.of("entity", CaseForm.rows(form)));
    }
}
