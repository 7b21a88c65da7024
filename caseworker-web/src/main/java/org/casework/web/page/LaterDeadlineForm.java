package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.NoticesApi;
import org.casework.web.client.Reads;
import org.casework.web.form.ExtensionBody;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A later last day for the penalty notice, agreed with the organisation on an issued notice of intent
 * (DPA 2018 Sch 16 para 2(3)). A decision-maker records it with who agreed, when and the evidence; once the
 * 6-month period has ended notice-service refuses it (extension-after-deadline), and the page says why in the
 * error summary against the form.
 */
@Path("/notices/{id}/deadline-extension")
public class LaterDeadlineForm {

    private final NoticesApi notices;
    private final Reads reads;
    private final NoticeView view;
    private final Clock clock;

    public LaterDeadlineForm(@RestClient NoticesApi notices, Reads reads, NoticeView view, Clock clock) {
        this.notices = notices;
        this.reads = reads;
        this.view = view;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response agree(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = ExtensionBody.of(form, LocalDate.now(clock));
        if (form.blank("etag")) {
            // a form sent without the version it was filled from is checked against the notice as it is now
            form.set("etag", String.valueOf(reads.notice(id).version()));
        }
        return ActionForms.submit(form, "extension-until-day", () -> {
            try {
                notices.extendDeadline(id, Pages.ifMatch(form), body);
            } catch (ApiProblemException e) {
                throw onItsField(e);
            }
            return Outcome.DEADLINE_EXTENDED.at("/notices/" + id);
        }, field -> switch (field) {
            case "agreedUntil" -> "extension-until-day";
            case "reason" -> "extension-reason";
            case "agreedBy" -> "extension-agreed-by";
            case "agreedOn" -> "extension-agreed-on-day";
            case "evidence" -> "extension-evidence";
            default -> null;
        }, () -> view.render(id, form, List.of()));
    }

    /**
     * notice-service names no field when the agreement's date does not fit the period (agreement-date-invalid)
     * or the agreed date is not later (extension-not-later): each is put against the date it is about, with
     * the rule. Anything else (the period already ended) stays against the form's main field, the later date.
     */
    private static ApiProblemException onItsField(ApiProblemException e) {
        String field = "agreement-date-invalid".equals(e.code()) ? "agreedOn"
                : "extension-not-later".equals(e.code()) ? "agreedUntil" : null;
        if (field == null || !e.fieldErrors().isEmpty()) {
            return e;
        }
        String message = e.rule() == null ? e.detail() : e.detail() + " (" + e.rule() + ")";
        return new ApiProblemException(e.status(), e.title(), e.detail(), Map.of(field, message), List.of(), e.rule());
    }
}
