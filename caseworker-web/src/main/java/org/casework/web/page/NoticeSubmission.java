package org.casework.web.page;

import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.model.Calculation;
import org.casework.web.model.CaseDetail;
import org.casework.web.form.CalculatorForm;
import org.casework.web.form.Form;
import org.casework.web.form.NoticeFields;
import org.casework.web.form.NoticeForm;

import io.quarkus.qute.TemplateInstance;

/**
 * How the notice forms (a new draft, an edited draft) answer. "Preview" works the calculation out.
 * "Save" checks every part here and asks the calculator (it changes nothing) about the fine in the same
 * round, so one submission shows every problem; only then is the draft sent.
 */
final class NoticeSubmission {

    private NoticeSubmission() {
    }

    /**
     * @param withCalculation whether the form's calculator is to be sent (the type needs one, and it is new)
     * @param save sends the content (with its calculation) and answers the page to go to
     * @param view the form's page, with the calculation worked out so far (or null)
     */
    static Response answer(PenaltiesApi penalties, Form form, String type, CaseDetail theCase, boolean withCalculation,
            Function<Map<String, Object>, String> save, Function<Calculation, TemplateInstance> view) {
        if ("preview".equals(form.value("action"))) {
            Calculation calculation = calculate(penalties, form, CalculatorForm.read(form));
            return form.hasErrors() || form.banner() != null ? Pages.refused(400, view.apply(calculation))
                    : Response.ok(view.apply(calculation)).build();
        }
        Map<String, Object> content = NoticeForm.content(form, type, theCase.organisation().legalEntities());
        Calculation calculation = null;
        if (withCalculation) {
            Map<String, Object> request = CalculatorForm.read(form);
            content.put("calculation", request);
            calculation = calculate(penalties, form, request);
        }
        if (form.hasErrors()) {
            return Pages.refused(400, view.apply(calculation));
        }
        Calculation shown = calculation;
        return Pages.submit(form, () -> save.apply(content), NoticeFields::fieldFor, () -> view.apply(shown));
    }

    /** The calculator's answer, or null with its objections on the form's fields (or in the banner). */
    private static Calculation calculate(PenaltiesApi penalties, Form form, Map<String, Object> request) {
        try {
            return penalties.calculate(request);
        } catch (ApiProblemException e) {
            e.fieldErrors().forEach((field, message) -> {
                String onPage = NoticeFields.fieldFor(field);
                form.error(onPage == null ? "fine" : onPage, message);
            });
            if (e.fieldErrors().isEmpty()) {
                form.error("fine", e.detail());
            }
        } catch (ApiUnavailableException e) {
            form.banner("The calculation could not be worked out because " + e.service() + " did not answer. "
                    + "What you typed is below; try again in a minute.");
        }
        return null;
    }
}
