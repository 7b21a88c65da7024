package org.casework.portal.page;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.portal.client.ApiRefusal;
import org.casework.portal.client.WindowsApi;
import org.casework.portal.form.Answers;
import org.casework.portal.model.Window;
import org.casework.portal.view.SignedIn;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Asking for more time to make representations, or for an oral hearing, on a notice of intent. Each form is
 * checked here first (GOV.UK error messages beside the fields), then by representation-service, whose refusals
 * (a date before the deadline, a period already over) land on the same page; done, the browser goes back to the
 * notice's period for representations with a confirmation.
 */
@Path("/notices/{id}")
public class RequestForms {

    static final int MAX_REASON = 5000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance moreTime(SignedIn user, Window window, Answers answers);

        static native TemplateInstance hearing(SignedIn user, Window window, Answers answers);
    }

    private final WindowsApi windows;
    private final SignedIn user;

    public RequestForms(@RestClient WindowsApi windows, SignedIn user) {
        this.windows = windows;
        this.user = user;
    }

    @GET
    @Path("/more-time")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance moreTimeForm(@PathParam("id") UUID id) {
        return Templates.moreTime(user, windows.read(id), Answers.empty());
    }

    @POST
    @Path("/more-time")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public Response askForMoreTime(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Answers answers = Answers.of(posted);
        LocalDate until = answers.date("until", "the date you need until");
        String reason = answers.text("reason", "why you need more time", MAX_REASON);
        if (!answers.hasErrors()) {
            try {
                windows.askForMoreTime(id, new WindowsApi.MoreTime(until, reason));
                return done(id, WindowPage.Done.MORE_TIME_ASKED);
            } catch (ApiRefusal refusal) {
                refused(answers, refusal, "until", "until-day");
            }
        }
        return Response.status(400).entity(Templates.moreTime(user, windows.read(id), answers)).build();
    }

    @GET
    @Path("/hearing")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance hearingForm(@PathParam("id") UUID id) {
        return Templates.hearing(user, windows.read(id), Answers.empty());
    }

    @POST
    @Path("/hearing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public Response askForHearing(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Answers answers = Answers.of(posted);
        String reason = answers.text("reason", "why you would like an oral hearing", MAX_REASON);
        if (!answers.hasErrors()) {
            try {
                windows.askForHearing(id, new WindowsApi.Hearing(reason));
                return done(id, WindowPage.Done.HEARING_ASKED);
            } catch (ApiRefusal refusal) {
                refused(answers, refusal, null, null);
            }
        }
        return Response.status(400).entity(Templates.hearing(user, windows.read(id), answers)).build();
    }

    /** A refusal for the request itself stays on the form; anything else (not found, unavailable) is an error page. */
    private static void refused(Answers answers, ApiRefusal refusal, String apiField, String pageField) {
        if (refusal.unavailable() || refusal.status() == 404 || refusal.status() == 403 || refusal.status() == 401) {
            throw refusal;
        }
        refusal.fieldErrors().forEach((field, message) -> {
            if (field.equals(apiField)) {
                answers.error(pageField, message);
            } else if (field.equals("reason")) {
                answers.error("reason", message);
            }
        });
        answers.banner(refusal.detail());
    }

    private static Response done(UUID id, WindowPage.Done done) {
        return Response.seeOther(URI.create("/notices/" + id + "/representations?done=" + done.name().toLowerCase())).build();
    }
}
