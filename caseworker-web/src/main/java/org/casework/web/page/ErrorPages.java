package org.casework.web.page;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/** Every failure as a GOV.UK error page with what to do next; never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** Where the page sends the person next. */
    public record Next(String href, String text) {
    }

    private static final Next DASHBOARD = new Next("/", "Go to the dashboard");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String detail, Next next);
    }

    /**
     * The error page as HTML, for answers made before any page resource runs (see
     * {@link org.casework.web.config.RequestLimits}).
     */
    public static String html(String title, String detail, Next next) {
        return Templates.error(title, detail, next).render();
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
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException || status == 404) {
            return notFound();
        }
        if (status < 500) {
            return show(status, "Sorry, that did not work", "The request could not be handled. Go back and try again.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return show(500, "Sorry, there is a problem with the service", "Try again later. If it keeps happening, "
                + "quote reference " + reference + " to the service desk.");
    }

    private Response notFound() {
        return show(404, "Page not found", "If you typed the web address, check it is correct. If you pasted it, "
                + "check you copied the entire address.");
    }

    private Response show(int status, String title, String detail) {
        return Response.status(status).type("text/html;charset=UTF-8")
                .entity(html(title, detail, DASHBOARD)).build();
    }
}
