package org.casework.web.page;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.LongNoticeCallsApi;
import org.casework.web.client.Multipart;
import org.casework.web.model.Appeal;
import org.casework.web.form.Form;
import org.casework.web.view.Outcome;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A document added to an appeal (the notice of appeal, the tribunal's directions or decision), streamed
 * from the upload on disk to notice-service, which recognises its type by its bytes (PDF, PNG or JPEG),
 * refuses one over 20 MB and keeps its SHA-256. The page it lands on confirms the document with the
 * SHA-256 notice-service holds for it.
 */
@Path("/notices/{id}/appeals/{appealId}/documents")
public class AppealDocumentForm {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final LongNoticeCallsApi uploads;
    private final NoticeView view;

    public AppealDocumentForm(@RestClient LongNoticeCallsApi uploads, NoticeView view) {
        this.uploads = uploads;
        this.view = view;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response add(@PathParam("id") String id, @PathParam("appealId") String appealId,
            @RestForm("file") FileUpload file) {
        Form form = Form.empty().set("appeal", appealId);
        // a file input left empty still sends a part, with no name and nothing in it
        if (file == null || file.size() == 0) {
            form.error("file", "Select a PDF, PNG or JPEG document to add");
        } else if (file.size() > MAX_BYTES) {
            form.error("file", "The document must be 20 MB or smaller");
        }
        return ActionForms.submit(form, "file", () -> {
            Appeal.Document added = uploads.addAppealDocument(appealId, Multipart.form(Map.of(),
                    List.of(new Multipart.FilePart("file", file.fileName(), file.contentType(), file.uploadedFile()))));
            String landing = Outcome.APPEAL_DOCUMENT_ADDED.at("/notices/" + id);
            return added != null && ID.matcher(added.id()).matches() ? landing + "&document=" + added.id() : landing;
        }, field -> "file".equals(field) ? "file" : null, () -> view.render(id, form, List.of()));
    }
}
