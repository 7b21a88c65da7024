package org.casework.web.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;
import org.casework.web.service.CurrentUser;
import org.casework.web.service.Dates;
import org.casework.web.service.Form;
import org.casework.web.service.Option;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** A case: its facts, findings, timeline, notices and the representations made on them, and what staff can do. */
@Path("/cases/{id}")
public class CasePage {

    @Location("case.html")
    Template page;

    private final ApiGateway api;
    private final CurrentUser user;
    private final Pages pages;

    public CasePage(ApiGateway api, CurrentUser user, Pages pages) {
        this.api = api;
        this.user = user;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id) {
        return render(id, Form.empty());
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public Response recordFinding(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return act(id, form, () -> api.send(Service.CASES, "POST", "/cases/" + id + "/findings",
                Map.of("provision", form.value("provision"), "description", form.value("description")),
                ifMatch(form)), field -> field);
    }

    @POST
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseworker", "me".equals(form.value("assign")) ? user.subject() : null);
        return act(id, form, () -> api.send(Service.CASES, "PUT", "/cases/" + id + "/assignee", body,
                ifMatch(form)), field -> "assign");
    }

    @POST
    @Path("/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response transition(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", form.value("to"));
        body.put("reason", form.value("reason"));
        return act(id, form, () -> api.send(Service.CASES, "POST", "/cases/" + id + "/transitions", body,
                Map.of("Idempotency-Key", form.value("idempotency-key"))), field -> "reason");
    }

    /** A request for more time to make representations: granted (until a date) or refused, with the reason. */
    @POST
    @Path("/extension-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response decideExtension(@PathParam("id") String id, @PathParam("requestId") String requestId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("request", requestId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("granted", form.blank("decision") ? null : "grant".equals(form.value("decision")));
        body.put("until", Dates.read(form, "until", "the new last day", false));
        body.put("reason", form.value("decision-reason"));
        if (form.blank("decision")) {
            form.error("decision", "Select whether to grant or refuse the request");
        }
        if (form.hasErrors()) {
            return pages.refused(400, render(id, form));
        }
        return act(id, form, () -> api.send(Service.REPRESENTATIONS, "POST", "/extension-requests/" + requestId
                + "/decision", body, Map.of()),
                field -> switch (field) {
                    case "until" -> "until-day";
                    case "granted" -> "decision";
                    default -> "decision-reason";
                });
    }

    private static Map<String, String> ifMatch(Form form) {
        return Map.of("If-Match", "\"" + form.value("etag") + "\"");
    }

    private Response act(String id, Form form, Runnable call, java.util.function.UnaryOperator<String> fieldFor) {
        return pages.submit(form, () -> {
            call.run();
            return "/cases/" + id;
        }, fieldFor, () -> render(id, form));
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance render(String id, Form form) {
        Map<String, Object> theCase = (Map<String, Object>) api.get(Service.CASES, "/cases/" + id);
        Object timeline = api.get(Service.CASES, "/cases/" + id + "/timeline", Map.of("limit", "100"));
        List<Map<String, Object>> notices = (List<Map<String, Object>>) ((Map<String, Object>) api.get(Service.NOTICES,
                "/notices", Map.of("caseId", id, "limit", "100"))).get("items");
        List<Map<String, Object>> representations = new ArrayList<>();
        for (Map<String, Object> n : notices) {
            if ("NOTICE_OF_INTENT".equals(n.get("type")) && !"DRAFT".equals(n.get("status"))) {
                Map<String, Object> reps = (Map<String, Object>) api.get(Service.REPRESENTATIONS, "/representations",
                        Map.of("noticeId", n.get("id").toString(), "limit", "200"));
                Object extensions = api.get(Service.REPRESENTATIONS, "/extension-requests",
                        Map.of("noticeId", n.get("id").toString()));
                representations.add(Map.of("notice", n, "items", reps.get("items"), "extensions", extensions));
            }
        }
        if (form.blank("idempotency-key")) {
            form.set("idempotency-key", Pages.idempotencyKey());
        }
        boolean assignedToMe = user.subject().equals(theCase.get("assignee"));
        return pages.render(page, "theCase", theCase, "timeline", timeline, "notices", notices,
                "representations", representations, "form", form, "assignedToMe", assignedToMe,
                "noticeTypes", Option.NOTICE_TYPES, "moves", Option.movesFor(String.valueOf(theCase.get("status")),
                        user.isCaseworker(), user.isDecisionMaker()),
                "extensionChoices", Option.EXTENSION_DECISIONS, "blank", Form.empty());
    }
}
