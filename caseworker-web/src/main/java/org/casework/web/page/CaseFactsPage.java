package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.CasesApi;
import org.casework.web.client.Reads;
import org.casework.web.model.CaseDetail;
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
 * Correcting a case's facts: the "Open a case" form filled with the facts as they stand, sent as a JSON
 * merge patch with If-Match on the version read. When someone else changed the case meanwhile (412),
 * the answers stay as typed and the page says so; saving again then applies them to the new version.
 */
@Path("/cases/{id}/facts")
public class CaseFactsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, CaseDetail theCase, List<Option> sources,
                List<Option> yesNo, List<Option.Row> entityRows);
    }

    static final String STALE = "Someone else changed this case while you were correcting it. Your answers are "
            + "below: check them against the case and save again to apply them.";

    private final CasesApi cases;
    private final Reads reads;
    private final CurrentUser user;
    private final Clock clock;

    public CaseFactsPage(@RestClient CasesApi cases, Reads reads, CurrentUser user, Clock clock) {
        this.cases = cases;
        this.reads = reads;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance form(@PathParam("id") String id) {
        CaseDetail theCase = reads.theCase(id);
        return view(theCase, CaseForm.of(theCase).set("etag", String.valueOf(theCase.version())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        CaseFactsRequest facts = CaseForm.read(form, LocalDate.now(clock));
        if (facts == null) {
            return Pages.refused(400, view(reads.theCase(id), form));
        }
        return Pages.submit(form, () -> {
            Pages.ifUnchanged(form, () -> cases.correct(id, Pages.ifMatch(form), facts), () -> reads.theCase(id).version(), STALE);
            return Outcome.FACTS_CORRECTED.at("/cases/" + id);
        }, CaseFields::fieldFor, CaseFields::sentence, () -> view(reads.theCase(id), form));
    }

    private TemplateInstance view(CaseDetail theCase, Form form) {
        return Templates.page(user, form, theCase, Option.SOURCES, Option.YES_NO,
                Option.Row.of("entity", CaseForm.rows(form)));
    }
}
