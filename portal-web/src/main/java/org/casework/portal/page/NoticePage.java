package org.casework.portal.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.portal.client.IssuedNoticesApi;
import org.casework.portal.model.NoticeDetail;
import org.casework.portal.view.SignedIn;
import org.casework.portal.view.TimeLeft;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One notice: what it requires and by when, its dates and amount, and the notice itself to download with the
 * SHA-256 to check the file against. Another organisation's notice is "Page not found", as the API answers.
 */
@Path("/notices/{id}")
public class NoticePage {

    /** A file name notice-service gives (a reference, ".pdf"); anything else is not passed on. */
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([A-Za-z0-9_-]{1,64}\\.pdf)\"");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SignedIn user, NoticeDetail detail, Optional<String> timeLeft, boolean late);
    }

    private final IssuedNoticesApi notices;
    private final SignedIn user;
    private final Clock clock;

    public NoticePage(@RestClient IssuedNoticesApi notices, SignedIn user, Clock clock) {
        this.notices = notices;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance view(@PathParam("id") UUID id) {
        NoticeDetail detail = notices.read(id);
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> actBy = detail.notice().actBy();
        return Templates.page(user, detail, actBy.map(d -> TimeLeft.until(d, today)),
                actBy.map(d -> TimeLeft.passed(d, today)).orElse(false));
    }

    /**
     * The notice as given, byte for byte, named as notice-service names it (its reference) and with the SHA-256 it
     * sends, offered as a download: one call, one audited read of the document.
     */
    @GET
    @Path("/document")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ORGANISATION)
    public Response document(@PathParam("id") UUID id, @QueryParam("step") String step) {
        try (Response api = notices.document(id, step == null || step.isBlank() ? null : step)) {
            Matcher name = FILE_NAME.matcher(String.valueOf(api.getHeaderString("Content-Disposition")));
            Response.ResponseBuilder answer = Response.ok(api.readEntity(byte[].class), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + (name.find() ? name.group(1) : "notice.pdf") + "\"");
            for (String digest : new String[] { "ETag", "Repr-Digest" }) {
                if (api.getHeaderString(digest) != null) {
                    answer.header(digest, api.getHeaderString(digest));
                }
            }
            return answer.build();
        }
    }
}
