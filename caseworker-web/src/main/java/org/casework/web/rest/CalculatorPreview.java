package org.casework.web.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.Service;
import org.casework.web.service.Form;
import org.casework.web.service.NoticeForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The calculator's live preview: the same form posted by script, answered with the breakdown as an HTML fragment. */
@Path("/calculator/preview")
public class CalculatorPreview {

    @Location("calculation.html")
    Template fragment;

    private final ApiGateway api;

    public CalculatorPreview(ApiGateway api) {
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance preview(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        try {
            return fragment.data("calculation", api.send(Service.NOTICES, "POST", "/penalty-calculations",
                    NoticeForm.calculation(form), Map.of())).data("problem", null);
        } catch (ApiProblemException e) {
            return fragment.data("calculation", null).data("problem", e.detail());
        } catch (ApiUnavailableException e) {
            return fragment.data("calculation", null).data("problem", "The calculator is not available just now.");
        }
    }
}
