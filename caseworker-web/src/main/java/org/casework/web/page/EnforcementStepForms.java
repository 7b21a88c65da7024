package org.casework.web.page;

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

import org.casework.web.client.NoticesApi;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.casework.web.form.StepBodies;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The finding on a step of an enforcement notice (DPA 2018 s.149-150), on the notice's page: complied with, or not
 * once its date has passed. Whether a finding may be made is notice-service's to say; its refusal (a step not yet
 * due, an appeal suspending the notice) is shown against the form with the provision it cites.
 */
@Path("/notices/{id}/steps/{stepId}")
public class EnforcementStepForms {

    private final NoticesApi notices;
    private final NoticeView view;

    public EnforcementStepForms(@RestClient NoticesApi notices, NoticeView view) {
        this.notices = notices;
        this.view = view;
    }

    @POST
    @Path("/compliance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response decide(@PathParam("id") String id, @PathParam("stepId") String stepId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("step", stepId);
        // the page names each step's fields after the step; from here on they are the form's own
        if (form.blank("step-status")) {
            form.set("step-status", form.value("status-" + stepId));
        }
        if (form.blank("step-note")) {
            form.set("step-note", form.value("note-" + stepId));
        }
        Map<String, Object> body = StepBodies.finding(form);
        String key = Pages.keyOf(form);
        return ActionForms.submit(form, "step-status", () -> {
            notices.decideStep(id, stepId, Pages.ifMatch(form), key, body);
            return Outcome.STEP_DECIDED.at("/notices/" + id);
        }, field -> "status".equals(field) ? "step-status" : "note".equals(field) ? "step-note" : null,
                () -> view.render(id, form, List.of()));
    }
}
