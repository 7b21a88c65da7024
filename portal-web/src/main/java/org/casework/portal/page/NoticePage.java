package org.casework.portal.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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

    /** The notice as given, byte for byte, named by its reference. */
    @GET
    @Path("/document")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ORGANISATION)
    public Response document(@PathParam("id") UUID id, @QueryParam("step") String step) {
        String reference = notices.read(id).notice().reference();
        byte[] pdf = notices.document(id, step == null || step.isBlank() ? null : step);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + reference.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
                .build();
    }
}
