package org.casework.web.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;
import org.casework.web.service.CaseForm;
import org.casework.web.service.Form;
import org.casework.web.service.Option;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Opening a case: the form, its errors in the GOV.UK error summary linked to each field, and
 * post/redirect/get to the new case. Nothing typed is lost when a service refuses or is down.
 */
@Path("/cases/new")
public class OpenCasePage {

    @Location("case-new.html")
    Template page;

    private final ApiGateway api;
    private final Pages pages;

    public OpenCasePage(ApiGateway api, Pages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public TemplateInstance form() {
        return view(Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public Response open(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> request = CaseForm.toRequest(form);
        if (request == null) {
            return pages.refused(400, view(form));
        }
        return pages.submit(form, () -> {
            Map<?, ?> created = (Map<?, ?>) api.send(Service.CASES, "POST", "/cases", request,
                    Map.of("Idempotency-Key", form.value("idempotency-key")));
            return "/cases/" + created.get("id");
        }, CaseForm::fieldFor, CaseForm::sentence, () -> view(form));
    }

    private TemplateInstance view(Form form) {
        if (form.blank("idempotency-key")) {
            form.set("idempotency-key", Pages.idempotencyKey());
        }
        return pages.render(page, "form", form, "sources", Option.SOURCES, "yesNo", Option.YES_NO,
                "entityRows", Option.Row.of("entity", CaseForm.ENTITY_ROWS));
    }
}
