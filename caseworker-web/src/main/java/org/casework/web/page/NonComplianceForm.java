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

import org.casework.web.client.NoticesApi;
import org.casework.web.form.Form;
import org.casework.web.form.NonComplianceBodies;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "Record that the organisation did not comply" on the page of a given information or assessment notice (DPA 2018
 * s.155(1)(b)): the basis of a penalty for failing to comply. Sent with If-Match on the notice's version and the
 * page's Idempotency-Key; a refusal without a field (an appeal suspending compliance, the period still running, a
 * record already made) is shown against the form's first field with the provision it cites.
 */
@Path("/notices/{id}/non-compliance")
public class NonComplianceForm {

    private final NoticesApi notices;
    private final NoticeView view;
    private final Clock clock;

    public NonComplianceForm(@RestClient NoticesApi notices, NoticeView view, Clock clock) {
        this.notices = notices;
        this.view = view;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = NonComplianceBodies.body(form, LocalDate.now(clock));
        String key = Pages.keyOf(form);
        return ActionForms.submit(form, NonComplianceBodies.FAILURE, () -> {
            notices.recordNonCompliance(id, Pages.ifMatch(form), key, body);
            return Outcome.NON_COMPLIANCE_RECORDED.at("/notices/" + id);
        }, NonComplianceBodies::fieldFor, () -> view.render(id, form, List.of()));
    }
}
