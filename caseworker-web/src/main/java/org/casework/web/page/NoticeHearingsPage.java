package org.casework.web.page;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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

import org.casework.web.client.Reads;
import org.casework.web.model.Hearing;
import org.casework.web.model.Notice;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.Form;
import org.casework.web.form.HearingBodies;
import org.casework.web.form.Option;
import org.casework.web.view.Outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A notice of intent's requests for an oral hearing on a page of their own, the dashboard's link: an
 * organisation may ask to be heard without sending a written representation, and the request must still be
 * decided, and a granted hearing held, before a penalty notice (Sch 16 para 3(5)).
 */
@Path("/notices/{id}/hearing-requests")
public class NoticeHearingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, Form blank, Notice notice,
                List<Hearing> hearings, List<Option> hearingDecisions, String base);
    }

    private final HearingActions actions;
    private final Reads reads;
    private final CurrentUser user;

    public NoticeHearingsPage(HearingActions actions, Reads reads, CurrentUser user) {
        this.actions = actions;
        this.reads = reads;
        this.user = user;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id, @QueryParam("done") String done) {
        return render(id, Form.empty().success(Outcome.of(done)));
    }

    @POST
    @Path("/{hearingId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response decide(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        return actions.decide(form, hearingId, base(id), () -> render(id, form));
    }

    @POST
    @Path("/{hearingId}/record")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response record(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            @BeanParam HearingRecordForm posted) {
        Form form = Form.empty();
        return actions.record(form, posted, hearingId, base(id), () -> render(id, form));
    }

    @GET
    @Path("/{hearingId}/documents/{documentId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("hearingId") String hearingId, @PathParam("documentId") String documentId) {
        return actions.document(hearingId, documentId);
    }

    private TemplateInstance render(String id, Form form) {
        return Templates.page(user, form, Form.empty(), reads.notice(id), reads.hearingRequests(id), HearingBodies.DECISIONS,
                base(id));
    }

    private static String base(String id) {
        return "/notices/" + id + "/hearing-requests";
    }
}
