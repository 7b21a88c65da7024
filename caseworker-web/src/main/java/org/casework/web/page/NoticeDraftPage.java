package org.casework.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.NoticesApi;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.client.Reads;
import org.casework.web.model.Calculation;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.Notice;
import org.casework.web.form.CalculatorForm;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.FailureToComplyChoice;
import org.casework.web.form.Form;
import org.casework.web.form.NoticeChoices;
import org.casework.web.form.NoticeForm;
import org.casework.web.form.Option;
import org.casework.web.view.Outcome;
import org.casework.web.form.PecrForm;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Drafting a notice. For a notice of intent or a penalty notice the page is the fine calculator: each
 * step's band, value and reason, and the breakdown worked out by notice-service ("Preview" without
 * JavaScript, live with it). Saving creates the DRAFT and shows its page, with what issuing it still needs.
 */
@Path("/cases/{id}/notices/new")
public class NoticeDraftPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, CaseDetail theCase, String typeLabel,
                boolean withCalculation, Calculation calculation, NoticeChoices choices, FailureToComplyChoice failureBasis);
    }

    private final NoticesApi notices;
    private final PenaltiesApi penalties;
    private final Reads reads;
    private final CurrentUser user;

    public NoticeDraftPage(@RestClient NoticesApi notices, @RestClient PenaltiesApi penalties, Reads reads, CurrentUser user) {
        this.notices = notices;
        this.penalties = penalties;
        this.reads = reads;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance form(@PathParam("id") String id, @QueryParam("type") String type) {
        String chosen = type == null || type.isBlank() ? "NOTICE_OF_INTENT" : type;
        if (Option.NOTICE_TYPES.stream().noneMatch(o -> o.value().equals(chosen))) {
            throw new NotFoundException();
        }
        CaseDetail theCase = reads.theCase(id);
        Form form = CalculatorForm.defaults(NoticeForm.fresh(chosen, theCase), theCase.organisation().worldwideTurnover()
                .map(CaseDetail.Turnover::amount).orElse(null));
        if ("PENALTY_NOTICE".equals(chosen)) {
            try {
                PecrForm.fillFromNoticeOfIntent(form, reads.notices(id));
            } catch (ApiUnavailableException | ApiProblemException e) {
                // the law is asked as for any draft; notice-service checks it against the notice of intent
            }
        }
        return view(theCase, form, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response submit(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        String type = form.value("type");
        if (Option.NOTICE_TYPES.stream().noneMatch(o -> o.value().equals(type))) {
            throw new NotFoundException();
        }
        CaseDetail theCase = reads.theCase(id);
        if ("NOTICE_OF_INTENT".equals(type)) {
            FailureToComplyChoice.higherMaximum(form);
        }
        return NoticeSubmission.answer(penalties, form, type, theCase, CalculatorForm.needed(type), content -> {
            content.put("caseId", id);
            content.put("type", type);
            if ("NOTICE_OF_INTENT".equals(type)) {
                FailureToComplyChoice.put(form, content);
            }
            Notice draft = notices.draft(content);
            return Outcome.NOTICE_DRAFTED.at("/notices/" + draft.id());
        }, calculation -> view(theCase, form, calculation));
    }

    private TemplateInstance view(CaseDetail theCase, Form form, Calculation calculation) {
        String type = form.value("type");
        return Templates.page(user, form, theCase, NoticeChoices.label(type), CalculatorForm.needed(type), calculation,
                NoticeChoices.ALL, failureToComply(theCase, type));
    }

    /** The question on a penalty for failing to comply (s.155(1)(b)), from the case's notices; asked only if they read. */
    private FailureToComplyChoice failureToComply(CaseDetail theCase, String type) {
        return FailureToComplyChoice.read(type, () -> reads.notices(theCase.id()));
    }
}
