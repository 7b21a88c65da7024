package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.PenaltiesApi;
import org.casework.web.client.Reads;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.casework.web.form.PenaltyBodies;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The forms on a penalty's account, shown on its notice page: a payment received (staff), and for
 * decision-makers an instalment plan, a referral for recovery, a variation and a cancellation. A
 * cancellation is asked about once more before it is sent: it cannot be undone.
 */
@Path("/notices/{id}")
public class PenaltyAccountPage {

    private final PenaltiesApi penalties;
    private final NoticeView view;
    private final Reads reads;
    private final Clock clock;

    public PenaltyAccountPage(@RestClient PenaltiesApi penalties, NoticeView view, Reads reads, Clock clock) {
        this.penalties = penalties;
        this.view = view;
        this.reads = reads;
        this.clock = clock;
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response pay(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = PenaltyBodies.payment(form, LocalDate.now(clock));
        return send(id, form, "pay-amount", Outcome.PAYMENT_RECORDED, () -> penalties.pay(id, body),
                field -> switch (field) {
                    case "amount" -> "pay-amount";
                    case "receivedOn" -> "pay-received-day";
                    case "reference" -> "pay-reference";
                    default -> null;
                });
    }

    @POST
    @Path("/instalment-plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response plan(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = PenaltyBodies.plan(form, LocalDate.now(clock));
        return send(id, form, "instalment-1-amount", Outcome.PLAN_AGREED, () -> penalties.plan(id, body),
                field -> field.startsWith("instalments") ? "instalment-1-amount" : switch (field) {
                    case "agreedOn" -> "plan-agreed-day";
                    case "reason" -> "plan-reason";
                    default -> null;
                });
    }

    @POST
    @Path("/recovery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response refer(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = PenaltyBodies.recovery(form, LocalDate.now(clock));
        return send(id, form, "recovery-referred-day", Outcome.RECOVERY_REFERRED, () -> penalties.referForRecovery(id, body),
                field -> "note".equals(field) ? "recovery-note" : "referredOn".equals(field) ? "recovery-referred-day" : null);
    }

    @POST
    @Path("/variation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response vary(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = PenaltyBodies.variation(form);
        String ifMatch = ifMatch(id, form);
        return send(id, form, "vary-amount", Outcome.NOTICE_VARIED, () -> penalties.vary(id, ifMatch, body),
                field -> switch (field) {
                    case "amount" -> "vary-amount";
                    case "paymentDays" -> "vary-days";
                    case "reasons" -> "vary-reasons";
                    default -> null;
                });
    }

    /** The first post asks to confirm (nothing is sent); the confirmed one cancels. */
    @POST
    @Path("/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = PenaltyBodies.cancellation(form);
        if (!form.hasErrors() && !"yes".equals(form.value("confirm"))) {
            return Response.ok(view.render(id, form, List.of(), true)).type("text/html;charset=UTF-8").build();
        }
        String ifMatch = ifMatch(id, form);
        return send(id, form, "cancel-reasons", Outcome.NOTICE_CANCELLED, () -> penalties.cancel(id, ifMatch, body),
                field -> "reasons".equals(field) ? "cancel-reasons" : null);
    }

    /** The version the page showed; a form sent without one is checked against the notice as it is now. */
    private String ifMatch(String id, Form form) {
        if (form.blank("etag")) {
            form.set("etag", String.valueOf(reads.notice(id).version()));
        }
        return Pages.ifMatch(form);
    }

    private Response send(String id, Form form, String mainField, Outcome outcome, Runnable call,
            UnaryOperator<String> fieldFor) {
        return ActionForms.submit(form, mainField, () -> {
            call.run();
            return outcome.at("/notices/" + id);
        }, fieldFor, () -> view.render(id, form, List.of()));
    }
}
