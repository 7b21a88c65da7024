package org.casework.web.support;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

/**
 * What both web modules' error pages say for the failures they share: a page that does not exist, a request the
 * framework refused, and the unexpected, which is logged with a reference the person can quote (the page shows
 * the reference, never the failure). Each module renders these in its own layout.
 */
public record ErrorPage(int status, String title, String detail) {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    public static ErrorPage notFound() {
        return new ErrorPage(404, "Page not found", "If you typed the web address, check it is correct. If you pasted it, "
                + "check you copied the entire address.");
    }

    /** A refusal by the framework (an unknown path, a wrong method or type); a 5xx is {@link #unexpected}. */
    public static ErrorPage of(WebApplicationException e, String whoToTell) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException || status == 404) {
            return notFound();
        }
        if (status < 500) {
            return new ErrorPage(status, "Sorry, that did not work", "The request could not be handled. Go back and try again.");
        }
        return unexpected(e, whoToTell);
    }

    /** Logged in full with a new reference; the page says only to try again, and whom to tell, quoting it. */
    public static ErrorPage unexpected(Throwable e, String whoToTell) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return new ErrorPage(500, "Sorry, there is a problem with the service", "Try again later. If it keeps happening, "
                + String.format(whoToTell, reference));
    }
}
