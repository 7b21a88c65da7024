package org.casework.portal.page;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.portal.client.ApiRefusal;
import org.casework.portal.client.RepresentationsApi;
import org.casework.portal.client.WindowsApi;
import org.casework.portal.form.Answers;
import org.casework.portal.form.Evidence;
import org.casework.portal.model.Window;
import org.casework.portal.view.SignedIn;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Making written representations on a notice of intent: a statement and evidence files, checked here (kinds and
 * sizes) and by representation-service (each file's bytes, the deadline), then a confirmation page with the
 * reference and each file's SHA-256 as the service received it. The files pass through the portal's temporary
 * upload folder only for the request; the portal keeps nothing.
 */
@Path("/notices/{id}/representations")
public class RepresentationForm {

    static final int MAX_STATEMENT = 100_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SignedIn user, Window window, Answers answers, Evidence.Limits limits);

        static native TemplateInstance sent(SignedIn user, Window.Representation representation, String noticeReference);
    }

    private final WindowsApi windows;
    private final RepresentationsApi representations;
    private final SignedIn user;

    public RepresentationForm(@RestClient WindowsApi windows, @RestClient RepresentationsApi representations, SignedIn user) {
        this.windows = windows;
        this.representations = representations;
        this.user = user;
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance form(@PathParam("id") UUID id) {
        return Templates.form(user, windows.read(id), Answers.empty(), Evidence.limits(MAX_STATEMENT));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public Response send(@PathParam("id") UUID id, @RestForm("statement") String statement,
            @RestForm("files") List<FileUpload> files, @RestForm("declaration") String declaration) {
        Answers answers = Answers.empty().set("statement", statement).set("declaration", declaration);
        String text = answers.text("statement", "your representations", MAX_STATEMENT);
        List<FileUpload> chosen = Evidence.check(files, answers);
        if (!"yes".equals(answers.value("declaration"))) {
            answers.error("declaration", "Confirm that you are making these representations for your organisation");
        }
        if (!answers.hasErrors()) {
            ClientMultipartForm form = ClientMultipartForm.create().attribute("statement", text, null);
            chosen.forEach(f -> form.binaryFileUpload("files", f.fileName(), f.uploadedFile().toString(),
                    f.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : f.contentType()));
            try {
                Window.Representation sent = windows.submit(id, form);
                return Response.seeOther(URI.create("/notices/" + id + "/representations/" + sent.id() + "/sent")).build();
            } catch (ApiRefusal refusal) {
                if (refusal.unavailable() || refusal.status() == 404 || refusal.status() == 403 || refusal.status() == 401) {
                    throw refusal;
                }
                refusal.fieldErrors().forEach((field, message) -> answers.error(field.startsWith("files") ? "files" : "statement", message));
                answers.banner(refusal.detail());
            }
        }
        // the files are not kept: the person chooses them again (the page says so)
        return Response.status(400).entity(Templates.form(user, windows.read(id), answers, Evidence.limits(MAX_STATEMENT))).build();
    }

    /** The confirmation, read back from representation-service: what it took, when, and each file's SHA-256. */
    @GET
    @Path("/{representationId}/sent")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance sent(@PathParam("id") UUID id, @PathParam("representationId") UUID representationId) {
        Window.Representation r = representations.read(representationId);
        if (!r.noticeId().equals(id)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Templates.sent(user, r, windows.read(id).noticeReference());
    }
}
