package org.casework.web.page;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.RepresentationsApi;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;

/** A representation received: read it, download its evidence, mark it considered; hearings are {@link HearingForms}. */
@Path("/")
public class RepresentationPage {

    private final RepresentationsApi representations;
    private final RepresentationView view;

    public RepresentationPage(@RestClient RepresentationsApi representations, RepresentationView view) {
        this.representations = representations;
        this.view = view;
    }

    @GET
    @Path("representations/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id, @QueryParam("done") String done) {
        return render(id, Form.empty().success(Outcome.of(done)));
    }

    @POST
    @Path("representations/{id}/consideration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response consider(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return Pages.submit(form, () -> {
            representations.consider(id, Map.of("note", form.value("note")));
            return Outcome.REPRESENTATION_CONSIDERED.at("/representations/" + id);
        }, field -> "note", () -> render(id, form));
    }

    private TemplateInstance render(String id, Form form) {
        return view.render(id, form);
    }
}
