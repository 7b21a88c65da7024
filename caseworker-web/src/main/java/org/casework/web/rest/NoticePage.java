package org.casework.web.rest;

import java.util.LinkedHashMap;
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
import org.casework.web.service.Form;
import org.casework.web.service.Option;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * A notice: its parts and calculation, its dates once given, its PDF; and for decision-makers the
 * actions on it. The page says why an action is absent (not a decision-maker; the case's own caseworker).
 */
@Path("/notices/{id}")
public class NoticePage {

    @Location("notice.html")
    Template page;

    private final ApiGateway api;
    private final CurrentUser user;
    private final Pages pages;

    public NoticePage(ApiGateway api, CurrentUser user, Pages pages) {
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

    @GET
    @Path("/document")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("id") String id) {
        return Downloads.stream(api.download(Service.NOTICES, "/notices/" + id + "/document"));
    }

    @POST
    @Path("/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response issue(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return act(id, form, "POST", "/issue", null, Map.of("Idempotency-Key", form.value("idempotency-key")));
    }

    @POST
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response settle(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", form.blank("stage") ? null : form.value("stage"));
        body.put("discountPercent", form.blank("discount") ? null : form.value("discount"));
        body.put("appealWaived", "yes".equals(form.value("appeal-waived")));
        return act(id, form, "POST", "/settlement", body, Map.of());
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response withdraw(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return act(id, form, "POST", "/withdraw", Map.of("reason", form.value("withdraw-reason")), Map.of());
    }

    private Response act(String id, Form form, String method, String action, Object body, Map<String, String> headers) {
        return pages.submit(form, () -> {
            api.send(Service.NOTICES, method, "/notices/" + id + action, body == null ? Map.of() : body, headers);
            return "/notices/" + id;
        }, field -> switch (field) {
            case "reason" -> "withdraw-reason";
            case "discountPercent" -> "discount";
            case "stage" -> "stage";
            default -> null; // e.g. a statutory part the draft still lacks: listed under the banner
        }, () -> render(id, form));
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance render(String id, Form form) {
        Map<String, Object> notice = (Map<String, Object>) api.get(Service.NOTICES, "/notices/" + id);
        Map<String, Object> theCase = (Map<String, Object>) api.get(Service.CASES, "/cases/" + notice.get("caseId"));
        boolean investigator = user.subject().equals(theCase.get("assignee"));
        if (form.blank("idempotency-key")) {
            form.set("idempotency-key", Pages.idempotencyKey());
        }
        return pages.render(page, "notice", notice, "theCase", theCase, "form", form, "investigator", investigator,
                "canIssue", user.isDecisionMaker() && !investigator, "stages", Option.SETTLEMENT_STAGES);
    }
}
