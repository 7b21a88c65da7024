package org.casework.web.page;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.LongNoticeCallsApi;
import org.casework.web.client.Multipart;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.model.FeeBatch;
import org.casework.web.view.CurrentUser;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The upload of unpaid data-protection fees (a CSV) that gives their fixed penalties' notices of intent, and the
 * batch's result: how many were created, and each row not created with its column and reason. The form carries its
 * own Idempotency-Key, so a second press of the button (or a retry after a timeout) is the same upload, done once.
 */
@Path("/fee-penalties/batches")
public class FeePenaltyUploadPage {

    static final long MAX_BYTES = 768 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern KEY = Pattern.compile("[0-9a-fA-F-]{36}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CurrentUser user, String key, List<String> errors);

        static native TemplateInstance result(CurrentUser user, FeeBatch batch, String uploadedBy);
    }

    private final LongNoticeCallsApi uploads;
    private final PenaltiesApi penalties;
    private final CurrentUser user;
    private final PeopleDirectory people;

    public FeePenaltyUploadPage(@RestClient LongNoticeCallsApi uploads, @RestClient PenaltiesApi penalties, CurrentUser user,
            PeopleDirectory people) {
        this.uploads = uploads;
        this.penalties = penalties;
        this.user = user;
        this.people = people;
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public TemplateInstance form() {
        return Templates.form(user, UUID.randomUUID().toString(), List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("decision-maker")
    public Response upload(@RestForm("key") String key, @RestForm("file") FileUpload file) {
        String sent = key != null && KEY.matcher(key).matches() ? key : UUID.randomUUID().toString();
        // a file input left empty still sends a part, with no name and nothing in it
        if (file == null || file.size() == 0) {
            return again(sent, List.of("Select a CSV file of unpaid fees"));
        }
        if (file.size() > MAX_BYTES) {
            return again(sent, List.of("The file must be 768 KB or smaller: split it into several uploads"));
        }
        try {
            FeeBatch batch = uploads.uploadFees(sent, Multipart.form(Map.of(),
                    List.of(new Multipart.FilePart("file", file.fileName(), "text/csv", file.uploadedFile()))));
            if (batch == null || !ID.matcher(batch.id()).matches()) {
                throw new IllegalStateException("notice-service answered an upload without a batch id");
            }
            return Response.seeOther(URI.create("/fee-penalties/batches/" + batch.id())).build();
        } catch (ApiProblemException e) {
            // the file was refused as a whole (or had no valid row): nothing was created; the same key may be used
            // again, since a refused request leaves it free
            return again(sent, List.of(e.title() + ": " + e.detail()));
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public TemplateInstance result(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        FeeBatch batch = penalties.feeBatch(id);
        return Templates.result(user, batch, people.nameOf(batch.uploadedBy()));
    }

    private Response again(String key, List<String> errors) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(user, key, errors)).build();
    }
}
