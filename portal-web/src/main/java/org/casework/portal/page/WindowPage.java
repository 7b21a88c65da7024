package org.casework.portal.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.portal.client.WindowsApi;
import org.casework.portal.model.Window;
import org.casework.portal.view.SignedIn;
import org.casework.portal.view.TimeLeft;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A notice of intent's period for representations (DPA 2018 Sch 16 para 3): until when the organisation may make
 * representations, what it has sent, and its requests for more time or an oral hearing with the decisions on them.
 */
@Path("/notices/{id}/representations")
public class WindowPage {

    /** The confirmations a form here may lead to (post/redirect/get), fixed words only. */
    enum Done {
        MORE_TIME_ASKED("Your request for more time has been sent. The decision will appear on this page."),
        HEARING_ASKED("Your request for an oral hearing has been sent. The decision will appear on this page.");

        final String words;

        Done(String words) {
            this.words = words;
        }

        static String wordsOf(String code) {
            for (Done d : values()) {
                if (d.name().equalsIgnoreCase(code)) {
                    return d.words;
                }
            }
            return null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SignedIn user, Window window, String timeLeft, String done);
    }

    private final WindowsApi windows;
    private final SignedIn user;
    private final Clock clock;

    public WindowPage(@RestClient WindowsApi windows, SignedIn user, Clock clock) {
        this.windows = windows;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance view(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Window window = windows.read(id);
        return Templates.page(user, window, TimeLeft.until(window.dueOn(), LocalDate.now(clock)), Done.wordsOf(done));
    }
}
