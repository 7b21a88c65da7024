package org.casework.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.LongNoticeCallsApi;
import org.casework.web.client.NoticesApi;
import org.casework.web.model.MissingPart;
import org.casework.web.form.Form;
import org.casework.web.view.GivingView;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;

/**
 * A notice: its parts and calculation, its dates once given, its PDF; for a draft, what issuing it still
 * needs with a link to where each is put right; and for decision-makers the actions on it. The page says
 * why an action is absent (not a decision-maker; the case's own caseworker; something missing). A penalty's
 * account and a final decision's appeals are acted on through {@link PenaltyAccountPage} and {@link AppealForms}.
 */
@Path("/notices/{id}")
public class NoticePage {

    private final NoticesApi notices;
    private final LongNoticeCallsApi issuing;
    private final NoticeView view;

    public NoticePage(@RestClient NoticesApi notices, @RestClient LongNoticeCallsApi issuing, NoticeView view) {
        this.notices = notices;
        this.issuing = issuing;
        this.view = view;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id, @QueryParam("done") String done,
            @QueryParam("document") String document) {
        Form form = Form.empty().success(Outcome.of(done));
        if (Outcome.of(done) == Outcome.APPEAL_DOCUMENT_ADDED && document != null) {
            // only an id: the page confirms the document as notice-service holds it
            form.set(NoticeView.ADDED_DOCUMENT, document);
        }
        return render(id, form, List.of());
    }

    @GET
    @Path("/document")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("id") String id) {
        return Downloads.stream(notices.document(id));
    }

    /** Issuing renders the document and calls two services: it may take a while, so it waits longer than a read. */
    @POST
    @Path("/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response issue(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        List<MissingPart> refused = new ArrayList<>();
        if (!GivingView.known(form.value("giving-method"))) {
            form.error("giving-method", "Select how the notice will be given");
            return Pages.refused(400, render(id, form, refused));
        }
        return Pages.submit(form, () -> {
            try {
                issuing.issue(id, Pages.keyOf(form), Map.of("method", form.value("giving-method")));
            } catch (ApiProblemException e) {
                refused.addAll(e.missing());
                throw e;
            }
            return Outcome.NOTICE_ISSUED.at("/notices/" + id);
        }, field -> "method".equals(field) ? "giving-method" : null, () -> render(id, form, refused));
    }

    @POST
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response settle(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", form.blank("stage") ? null : form.value("stage"));
        body.put("discountPercent", form.blank("discount") ? null : form.value("discount"));
        body.put("appealWaived", "yes".equals(form.value("appeal-waived")));
        return act(id, form, Outcome.SETTLEMENT_RECORDED, () -> notices.settle(id, body));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response withdraw(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = Map.of("reason", form.value("withdraw-reason"));
        return act(id, form, Outcome.NOTICE_WITHDRAWN, () -> notices.withdraw(id, body));
    }

    private Response act(String id, Form form, Outcome outcome, Runnable call) {
        return Pages.submit(form, () -> {
            call.run();
            return outcome.at("/notices/" + id);
        }, field -> switch (field) {
            case "reason" -> "withdraw-reason";
            case "discountPercent" -> "discount";
            case "stage" -> "stage";
            case "appealWaived" -> "appeal-waived";
            default -> null;
        }, () -> render(id, form, List.of()));
    }

    private TemplateInstance render(String id, Form form, List<MissingPart> refused) {
        return view.render(id, form, refused);
    }
}
