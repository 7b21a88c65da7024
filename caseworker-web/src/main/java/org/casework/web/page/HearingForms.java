package org.casework.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.form.Form;

/**
 * Requests to make representations orally (DPA 2018 Sch 16 para 3(5)), on the representation page: a
 * decision-maker grants one (when, where or by video, who attends) or refuses it with reasons; staff record
 * a granted hearing once held, with its documents passed straight on to representation-service.
 */
@Path("/representations/{id}/hearing-requests/{hearingId}")
public class HearingForms {

    private final HearingActions actions;
    private final RepresentationView view;

    public HearingForms(HearingActions actions, RepresentationView view) {
        this.actions = actions;
        this.view = view;
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response decide(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return actions.decide(form, hearingId, "/representations/" + id, () -> view.render(id, form));
    }

    @POST
    @Path("/record")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response record(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            @BeanParam HearingRecordForm posted) {
        Form form = Form.empty();
        return actions.record(form, posted, hearingId, "/representations/" + id, () -> view.render(id, form));
    }

    @GET
    @Path("/documents/{documentId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("hearingId") String hearingId, @PathParam("documentId") String documentId) {
        return actions.document(hearingId, documentId);
    }
}
