package org.casework.web.page;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.form.Form;

import io.quarkus.qute.TemplateInstance;

/** How every form here answers: a redirect when it worked, the same page again with what went wrong when not. */
final class Pages {

    private static final Pattern KEY = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Pages() {
    }

    /** A refused form: the same page again with what was typed, and a 4xx status for tools and tests. */
    static Response refused(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type("text/html;charset=UTF-8").build();
    }

    /** The call a form makes; it answers the path to send the browser to. */
    @FunctionalInterface
    interface FormAction {
        String perform();
    }

    static Response submit(Form form, FormAction action, UnaryOperator<String> fieldFor, Supplier<TemplateInstance> page) {
        return submit(form, action, fieldFor, (field, message) -> message, page);
    }

    /**
     * Runs a form's call and answers as every form here does: accepted, a redirect (post/redirect/get);
     * refused by a service, the same page again with the service's field errors beside the page's fields
     * ({@code fieldFor} answers null for a point that is not a field: it is listed under the banner),
     * reworded by {@code wording}, or its message in the banner; no answer, 503 and a banner saying what
     * to do. Nothing typed is lost.
     */
    static Response submit(Form form, FormAction action, UnaryOperator<String> fieldFor, BinaryOperator<String> wording,
            Supplier<TemplateInstance> page) {
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
            if (!form.hasErrors() || !form.notes().isEmpty()) {
                form.banner(e.detail());
            }
            return refused(e.status(), page.get());
        } catch (ApiUnavailableException e) {
            form.banner(unavailable(e, !form.blank("idempotency-key")));
            return refused(503, page.get());
        }
    }

    /** What to tell someone whose form a service did not answer; a timed-out call may still have done the work. */
    static String unavailable(ApiUnavailableException e, boolean actsOnce) {
        String service = e.service().substring(0, 1).toUpperCase() + e.service().substring(1);
        String again = actsOnce ? " Sending it again is safe: it is done once." : " Check the page before sending it again.";
        return e.timedOut()
                ? service + " did not answer in time, so it may or may not have been done. What you typed is below." + again
                : "Nothing was done because " + e.service() + " did not answer. What you typed is below; try again in a "
                        + "minute." + again;
    }

    /**
     * Sends a change made with If-Match on the version the form was filled from. When someone else
     * changed the resource meanwhile (412), the form takes the current version and the page says so in
     * {@code stale}: the answers stay as typed, and saving again applies them, knowingly.
     */
    static void ifUnchanged(Form form, Runnable change, LongSupplier currentVersion, String stale) {
        try {
            change.run();
        } catch (ApiProblemException e) {
            if (e.status() != 412) {
                throw e;
            }
            form.set("etag", String.valueOf(currentVersion.getAsLong()));
            throw new ApiProblemException(412, e.title(), stale, Map.of(), List.of());
        }
    }

    /** The If-Match header's value for the version a form was filled from. */
    static String ifMatch(Form form) {
        return "\"" + form.value("etag") + "\"";
    }

    /** A query parameter the page was given blank is not passed on: the API reads it as not given at all. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Post/redirect/get: after a form is accepted, the browser is sent to the page to look at. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A fresh key for a form that must act once however often it is sent (a double click, a retry). */
    static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * The key a form was sent with, which stays the same when the form is sent again; a fresh one when it
     * carries none (a hand-made post), so every call that takes a key gets one.
     */
    static String keyOf(Form form) {
        String posted = form.value("idempotency-key");
        return KEY.matcher(posted).matches() ? posted : idempotencyKey();
    }

    /** The form's key, made once when the form is first shown and kept in a hidden field from then on. */
    static Form withKey(Form form) {
        if (!KEY.matcher(form.value("idempotency-key")).matches()) {
            form.set("idempotency-key", idempotencyKey());
        }
        return form;
    }
}
