package org.casework.web.rest;

import java.net.URI;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.service.CurrentUser;
import org.casework.web.service.Form;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Renders a page with what every page needs (the signed-in person), and answers a form with a redirect. */
@ApplicationScoped
public class Pages {

    private final CurrentUser user;

    public Pages(CurrentUser user) {
        this.user = user;
    }

    public TemplateInstance render(Template template, Object... data) {
        TemplateInstance page = template.data("user", user);
        for (int i = 0; i < data.length; i += 2) {
            page = page.data((String) data[i], data[i + 1]);
        }
        return page;
    }

    /** A refused form: the same page again with what was typed, and a 4xx status for tools and tests. */
    public Response refused(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type("text/html;charset=UTF-8").build();
    }

    /** The call a form makes; it answers the path to send the browser to. */
    @FunctionalInterface
    public interface FormAction {
        String perform();
    }

    /**
     * Runs a form's call and answers as every form here does: accepted, a redirect (post/redirect/get);
     * refused by a service, the same page again with the service's field errors beside the page's fields
     * ({@code fieldFor} answers null for a point that is not a field: it is listed under the banner), or
     * its message in the banner; no answer, 503 and a banner saying what to do. Nothing typed is lost.
     */
    public Response submit(Form form, FormAction action, UnaryOperator<String> fieldFor, Supplier<TemplateInstance> page) {
        return submit(form, action, fieldFor, (field, message) -> message, page);
    }

    /** The same, with the service's message reworded for the page's field (see CaseForm.sentence). */
    public Response submit(Form form, FormAction action, UnaryOperator<String> fieldFor,
            BinaryOperator<String> wording, Supplier<TemplateInstance> page) {
        try {
            return seeOther(action.perform());
        } catch (ApiProblemException e) {
            e.fieldErrors().forEach((field, message) -> {
                String onPage = fieldFor.apply(field);
                if (onPage == null) {
                    form.note(message);
                } else {
                    form.error(onPage, wording.apply(onPage, message));
                }
            });
            if (!form.hasErrors()) {
                form.banner(e.detail());
            }
            return refused(e.status() >= 400 && e.status() < 500 ? e.status() : 400, page.get());
        } catch (ApiUnavailableException e) {
            form.banner("Nothing was done because " + e.service() + " did not answer. What you typed is below; try again "
                    + "in a minute. Sending it again is safe: it is done once.");
            return refused(503, page.get());
        }
    }

    /** Post/redirect/get: after a form is accepted, the browser is sent to the page to look at. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A fresh key for a form that must act once however often it is sent (a double click, a retry). */
    public static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
