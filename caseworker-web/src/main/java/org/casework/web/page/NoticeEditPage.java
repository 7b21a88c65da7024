package org.casework.web.page;

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
import org.casework.web.view.Outcome;
import org.casework.web.form.PecrForm;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Editing a draft: its parts as they stand, sent as a JSON merge patch with If-Match on the version read.
 * The calculation is kept unless the person chooses to work it out again (the calculator's steps are not
 * part of what notice-service answers, so they start afresh); a draft without one gets the calculator.
 */
@Path("/notices/{id}/edit")
public class NoticeEditPage {

    static final String STALE = "Someone else changed this draft while you were editing it. Your answers are below: "
            + "check them against the draft and save again to apply them.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, Notice notice, CaseDetail theCase,
                String typeLabel, boolean withCalculation, Calculation calculation, NoticeChoices choices,
                FailureToComplyChoice failureBasis);
    }

    private final NoticesApi notices;
    private final PenaltiesApi penalties;
    private final Reads reads;
    private final CurrentUser user;

    public NoticeEditPage(@RestClient NoticesApi notices, @RestClient PenaltiesApi penalties, Reads reads, CurrentUser user) {
        this.notices = notices;
        this.penalties = penalties;
        this.reads = reads;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response form(@PathParam("id") String id) {
        Notice notice = reads.notice(id);
        if (!notice.isOpenDraft()) {
            return Pages.seeOther("/notices/" + id);
        }
        CaseDetail theCase = reads.theCase(notice.caseId());
        Form form = CalculatorForm.defaults(NoticeForm.of(notice, theCase), theCase.organisation().worldwideTurnover()
                .map(CaseDetail.Turnover::amount).orElse(null))
                .set("etag", String.valueOf(notice.version()))
                .set("recalculate", notice.calculation().isPresent() ? "keep" : "again");
        PecrForm.fill(form, notice.calculation().orElse(null));
        FailureToComplyChoice.prefilled(form, notice);
        return Response.ok(view(notice, theCase, form, null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Notice notice = reads.notice(id);
        CaseDetail theCase = reads.theCase(notice.caseId());
        boolean recalculate = CalculatorForm.needed(notice.type())
                && (notice.calculation().isEmpty() || "again".equals(form.value("recalculate")));
        if (notice.isNoticeOfIntent()) {
            FailureToComplyChoice.higherMaximum(form);
        }
        return NoticeSubmission.answer(penalties, form, notice.type(), theCase, recalculate, patch -> {
            if (notice.isNoticeOfIntent()) {
                FailureToComplyChoice.patch(form, patch, notice);
            }
            Pages.ifUnchanged(form, () -> notices.change(id, Pages.ifMatch(form), patch), () -> reads.notice(id).version(), STALE);
            return Outcome.DRAFT_CHANGED.at("/notices/" + id);
        }, calculation -> view(notice, theCase, form, calculation));
    }

    private TemplateInstance view(Notice notice, CaseDetail theCase, Form form, Calculation calculation) {
        return Templates.page(user, form, notice, theCase, NoticeChoices.label(notice.type()),
                CalculatorForm.needed(notice.type()), calculation, NoticeChoices.ALL,
                FailureToComplyChoice.read(notice.type(), () -> reads.notices(theCase.id())));
    }
}
