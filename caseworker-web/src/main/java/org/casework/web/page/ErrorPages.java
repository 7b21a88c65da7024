package org.casework.web.page;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.support.ErrorPage;
import org.casework.web.view.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Every failure as a GOV.UK error page with what to do next; never a stack trace. A signed-in person keeps the menu
 * and "Sign out" on it, as on every other page.
 */
public class ErrorPages {

    private static final String TELL = "quote reference %s to the service desk.";

    /** Where the page sends the person next. */
    public record Next(String href, String text) {
    }

    private static final Next DASHBOARD = new Next("/", "Go to the dashboard");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(CurrentUser user, String title, String detail, Next next);
    }

    private final CurrentUser user;

    public ErrorPages(CurrentUser user) {
        this.user = user;
    }

    /**
     * The error page as HTML, for answers made before any page resource runs and so before sign-in is known (see
     * {@link org.casework.web.config.RequestLimits}).
     */
    public static String html(String title, String detail, Next next) {
        return Templates.error(null, title, detail, next).render();
    }

    @ServerExceptionMapper
    public Response unavailable(ApiUnavailableException e) {
        return show(503, "Sorry, there is a problem with the service", e.service().substring(0, 1).toUpperCase()
                + e.service().substring(1) + " did not answer. Try again in a few minutes.");
    }

    @ServerExceptionMapper
    public Response refused(ApiProblemException e) {
        return switch (e.status()) {
            case 404 -> notFound();
            case 403 -> show(403, "You cannot do this", e.detail());
            default -> show(e.status() >= 500 ? 500 : e.status(), e.title(), e.detail());
        };
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return show(403, "You cannot see this page", "Your role does not give you access to this page.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return show(ErrorPage.of(e, TELL));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return show(ErrorPage.unexpected(e, TELL));
    }

    private Response notFound() {
        return show(ErrorPage.notFound());
    }

    private Response show(ErrorPage page) {
        return show(page.status(), page.title(), page.detail());
    }

    private Response show(int status, String title, String detail) {
        return Response.status(status).type("text/html;charset=UTF-8")
                .entity(Templates.error(user, title, detail, DASHBOARD).render()).build();
    }
}
