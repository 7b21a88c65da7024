package org.casework.web.page;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.model.Calculation;
import org.casework.web.form.CalculatorForm;
import org.casework.web.form.Form;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The calculator's live preview: the same form posted by script, answered with the breakdown as an HTML fragment. */
@Path("/calculator/preview")
public class CalculatorPreview {

    @CheckedTemplate
    static class Templates {
        /** {@code calculation} or {@code problem}: the one that is not null is shown. */
        static native TemplateInstance fragment(Calculation calculation, String problem);
    }

    private final PenaltiesApi penalties;

    public CalculatorPreview(@RestClient PenaltiesApi penalties) {
        this.penalties = penalties;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance preview(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> request = CalculatorForm.read(form);
        if (form.hasErrors()) {
            return Templates.fragment(null, form.errors().stream().map(Form.FieldMessage::message)
                    .collect(Collectors.joining("; ")));
        }
        try {
            return Templates.fragment(penalties.calculate(request), null);
        } catch (ApiProblemException e) {
            return Templates.fragment(null, e.detail());
        } catch (ApiUnavailableException e) {
            return Templates.fragment(null, "the calculator is not available just now.");
        }
    }
}
