package org.casework.web.rest;

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
import org.casework.web.service.Form;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** A representation received: read it, download its evidence, mark it considered. */
@Path("/")
public class RepresentationPage {

    @Location("representation.html")
    Template page;

    private final ApiGateway api;
    private final Pages pages;

    public RepresentationPage(ApiGateway api, Pages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Path("representations/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id) {
        return render(id, Form.empty());
    }

    @POST
    @Path("representations/{id}/consideration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response consider(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return pages.submit(form, () -> {
            api.send(Service.REPRESENTATIONS, "POST", "/representations/" + id + "/consideration",
                    Map.of("note", form.value("note")), Map.of());
            return "/representations/" + id;
        }, field -> "note", () -> render(id, form));
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance render(String id, Form form) {
        Map<String, Object> representation = (Map<String, Object>) api.get(Service.REPRESENTATIONS, "/representations/" + id);
        Map<String, Object> notice = (Map<String, Object>) api.get(Service.NOTICES, "/notices/" + representation.get("noticeId"));
        return pages.render(page, "representation", representation, "notice", notice, "form", form);
    }
}
