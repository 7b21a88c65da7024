package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

import org.casework.web.client.AppealsApi;
import org.casework.web.form.AppealBodies;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Appeals to the First-tier Tribunal against a penalty or enforcement notice (DPA 2018 ss.162–163), on
 * the notice's page: an appeal lodged, the tribunal's decision, and an onward appeal and its decision.
 * Staff record them; whether an appeal is in time is notice-service's to say.
 */
@Path("/notices/{id}")
public class AppealForms {

    private final AppealsApi appeals;
    private final NoticeView view;
    private final Clock clock;

    public AppealForms(@RestClient AppealsApi appeals, NoticeView view, Clock clock) {
        this.appeals = appeals;
        this.view = view;
        this.clock = clock;
    }

    @POST
    @Path("/appeals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = AppealBodies.appeal(form, LocalDate.now(clock));
        return send(id, form, "appeal-lodged-day", Outcome.APPEAL_RECORDED, () -> appeals.record(id, body),
                field -> switch (field) {
                    case "lodgedOn" -> "appeal-lodged-day";
                    case "tribunalReference" -> "appeal-reference";
                    case "grounds" -> "appeal-grounds";
                    case "lateAppealReason", "lateAppealAdmitted" -> "appeal-late-reason";
                    default -> null;
                });
    }

    @POST
    @Path("/appeals/{appealId}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response decide(@PathParam("id") String id, @PathParam("appealId") String appealId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("appeal", appealId);
        Map<String, Object> body = AppealBodies.outcome(form, LocalDate.now(clock));
        return send(id, form, "outcome", Outcome.APPEAL_DECIDED, () -> appeals.decide(appealId, body),
                field -> switch (field) {
                    case "outcome" -> "outcome";
                    case "decidedOn" -> "outcome-decided-day";
                    case "amount" -> "outcome-amount";
                    case "paymentDays" -> "outcome-days";
                    case "terms" -> "outcome-terms";
                    case "note" -> "outcome-note";
                    default -> null;
                });
    }

    @POST
    @Path("/appeals/{appealId}/onward-appeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response onward(@PathParam("id") String id, @PathParam("appealId") String appealId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("appeal", appealId);
        Map<String, Object> body = AppealBodies.onward(form, LocalDate.now(clock));
        return send(id, form, "onward-court", Outcome.ONWARD_APPEAL_NOTED,
                () -> appeals.appealOnward(appealId, body), field -> switch (field) {
                    case "lodgedOn" -> "onward-lodged-day";
                    case "court" -> "onward-court";
                    case "reference" -> "onward-reference";
                    case "note" -> "onward-note";
                    default -> null;
                });
    }

    @POST
    @Path("/appeals/{appealId}/onward-appeal/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response onwardDecided(@PathParam("id") String id, @PathParam("appealId") String appealId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("appeal", appealId);
        Map<String, Object> body = AppealBodies.onwardOutcome(form, LocalDate.now(clock));
        return send(id, form, "onward-outcome-note", Outcome.ONWARD_APPEAL_DECIDED,
                () -> appeals.decideOnward(appealId, body),
                field -> "decidedOn".equals(field) ? "onward-decided-day" : "note".equals(field) ? "onward-outcome-note" : null);
    }

    /** A document lodged with an appeal, streamed from notice-service with the person's own token. */
    @GET
    @Path("/appeals/{appealId}/documents/{documentId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("appealId") String appealId, @PathParam("documentId") String documentId) {
        return Downloads.stream(appeals.document(appealId, documentId));
    }

    private Response send(String id, Form form, String mainField, Outcome outcome, Runnable call,
            UnaryOperator<String> fieldFor) {
        return ActionForms.submit(form, mainField, () -> {
            call.run();
            return outcome.at("/notices/" + id);
        }, fieldFor, () -> view.render(id, form, List.of()));
    }
}
