package org.casework.web.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Multipart;
import org.casework.web.client.Reads;
import org.casework.web.client.Service;
import org.casework.web.model.Representation;
import org.casework.web.service.Form;
import org.casework.web.service.HearingBodies;
import org.casework.web.service.Outcome;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Requests to make representations orally (DPA 2018 Sch 16 para 3(5)), on the representation page: a
 * decision-maker grants one (when, where or by video, who attends) or refuses it with reasons; staff record
 * a granted hearing once held, with its documents passed straight on to representation-service.
 */
@Path("/")
public class HearingForms {

    private final ApiGateway api;
    private final RepresentationView view;
    private final Reads reads;
    private final Clock clock;

    public HearingForms(ApiGateway api, RepresentationView view, Reads reads, Clock clock) {
        this.api = api;
        this.view = view;
        this.reads = reads;
        this.clock = clock;
    }

    @POST
    @Path("representations/{id}/hearing-requests/{hearingId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response decide(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("hearing", hearingId);
        Map<String, Object> body = HearingBodies.decision(form);
        return ActionForms.submit(form, "hearing-decision", () -> {
            api.send(Service.REPRESENTATIONS, "POST", "/hearing-requests/" + hearingId + "/decision", body, Map.of(), Void.class);
            return Outcome.HEARING_DECIDED.at("/representations/" + id);
        }, field -> switch (field) {
            case "granted" -> "hearing-decision";
            case "heldAt" -> "hearing-date-day";
            case "place" -> "hearing-place";
            case "videoLink" -> "hearing-link";
            case "attendees" -> "hearing-attendees";
            case "reason" -> "hearing-reason";
            default -> null;
        }, () -> view.render(id, form));
    }

    /** Multipart: the record's fields and its documents, streamed from the upload on disk to the service. */
    @POST
    @Path("representations/{id}/hearing-requests/{hearingId}/record")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response record(@PathParam("id") String id, @PathParam("hearingId") String hearingId,
            @RestForm("held-on-day") String day, @RestForm("held-on-month") String month,
            @RestForm("held-on-year") String year, @RestForm("held-attendees") String attendees,
            @RestForm("held-note") String note, @RestForm("files") List<FileUpload> files) {
        Form form = Form.empty().set("hearing", hearingId).set("held-on-day", strip(day)).set("held-on-month", strip(month))
                .set("held-on-year", strip(year)).set("held-attendees", strip(attendees)).set("held-note", strip(note));
        Map<String, String> fields = HearingBodies.record(form, LocalDate.now(clock));
        List<Multipart.FilePart> documents = files == null ? List.of() : files.stream()
                .filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank()))
                .map(f -> new Multipart.FilePart("files", f.fileName(), f.contentType(), f.uploadedFile())).toList();
        return ActionForms.submit(form, "held-on-day", () -> {
            api.sendMultipart(Service.REPRESENTATIONS, "/hearing-requests/" + hearingId + "/record",
                    new Multipart(fields, documents));
            return Outcome.HEARING_RECORDED.at("/representations/" + id);
        }, field -> switch (field) {
            case "heldOn" -> "held-on-day";
            case "attendees" -> "held-attendees";
            case "note" -> "held-note";
            case "files" -> "files";
            default -> null;
        }, () -> view.render(id, form));
    }

    @GET
    @Path("representations/{id}/hearing-requests/{hearingId}/documents/{documentId}")
    @Produces("*/*")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response document(@PathParam("hearingId") String hearingId, @PathParam("documentId") String documentId) {
        return Downloads.stream(api.download(Service.REPRESENTATIONS,
                "/hearing-requests/" + hearingId + "/documents/" + documentId));
    }

    /**
     * Where the dashboard sends a hearing to decide: the page of a representation on its notice, where the
     * hearing requests are decided; the notice's page when the organisation has sent no written representation.
     */
    @GET
    @Path("hearing-requests")
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public Response hearingsOf(@QueryParam("noticeId") String noticeId) {
        if (noticeId == null || noticeId.isBlank()) {
            return Pages.seeOther("/");
        }
        List<Representation> sent = reads.representations(noticeId);
        return Pages.seeOther(sent.isEmpty() ? "/notices/" + noticeId : "/representations/" + sent.get(0).id() + "#hearings");
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
