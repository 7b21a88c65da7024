package org.casework.web.page;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.form.Form;

import io.quarkus.qute.TemplateInstance;

/**
 * The forms on a penalty, its appeals and its hearings. A refusal that names no field (a rule of law: an
 * appeal out of time, recovery barred, a variation to the organisation's detriment) is shown in the GOV.UK
 * error summary against the form's main field, with the provision it cites, so the person sees which form
 * was refused and why, beside what they typed.
 */
final class ActionForms {

    private static final String MAIN = "#main";

    private ActionForms() {
    }

    static Response submit(Form form, String mainField, Pages.FormAction action, UnaryOperator<String> fieldFor,
            Supplier<TemplateInstance> page) {
        if (form.hasErrors()) {
            return Pages.refused(400, page.get());
        }
        return Pages.submit(form, () -> {
            try {
                return action.perform();
            } catch (ApiProblemException e) {
                if (!e.fieldErrors().isEmpty() || e.status() == 412) {
                    throw e;
                }
                String message = e.rule() == null ? e.detail() : e.detail() + " (" + e.rule() + ")";
                throw new ApiProblemException(e.status(), e.title(), e.detail(), Map.of(MAIN, message), List.of(), e.rule());
            }
        }, field -> MAIN.equals(field) ? mainField : fieldFor.apply(field), page);
    }
}
