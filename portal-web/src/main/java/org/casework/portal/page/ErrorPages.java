package org.casework.portal.page;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.casework.portal.client.ApiRefusal;
import org.casework.portal.view.SignedIn;
import org.casework.web.support.ErrorPage;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.ForbiddenException;
import io.quarkus.qute.TemplateInstance;

/**
 * Every failure as a GOV.UK error page with what to do next; never a stack trace, never another organisation's data.
 * A signed-in person keeps the menu and "Sign out" on it, as on every other page.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final String TELL = "contact the Information Commissioner's Office and quote reference %s.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(SignedIn user, String title, String detail);
    }

    private final SignedIn user;

    public ErrorPages(SignedIn user) {
        this.user = user;
    }

    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        if (e.unavailable()) {
            return unavailable();
        }
        return switch (e.status()) {
            case 404 -> notFound();
            case 401, 403 -> show(403, "You cannot see this page", "Your account does not give you access to it.");
            default -> show(e.status(), e.title(), e.detail());
        };
    }

    /** The API did not answer at all (refused the connection, or took too long). */
    @ServerExceptionMapper
    public Response noAnswer(ProcessingException e) {
        LOG.warnf("An API did not answer: %s", e.getMessage());
        return unavailable();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return show(403, "You cannot see this page", "This service is for people acting for an organisation that has "
                + "been given a notice. Sign in with the account your organisation was given.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return show(ErrorPage.of(e, TELL));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return show(ErrorPage.unexpected(e, TELL));
    }

    private Response unavailable() {
        return show(503, "Sorry, the service is unavailable", "Nothing was lost. Try again in a few minutes.");
    }

    private Response notFound() {
        return show(ErrorPage.notFound());
    }

    private Response show(ErrorPage page) {
        return show(page.status(), page.title(), page.detail());
    }

    private Response show(int status, String title, String detail) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(Templates.error(user, title, detail).render()).build();
    }
}
