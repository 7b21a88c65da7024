package org.casework.web.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.casework.web.service.CurrentUser;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Renders a page with what every page needs (the signed-in person), and answers a form with a redirect. */
@ApplicationScoped
public class Pages {

    private final CurrentUser user;

    public Pages(CurrentUser user) {
        this.user = user;
    }

    public TemplateInstance render(Template template, Object... data) {
        TemplateInstance page = template.data("user", user);
        for (int i = 0; i < data.length; i += 2) {
            page = page.data((String) data[i], data[i + 1]);
        }
        return page;
    }

    /** A refused form: the same page again with what was typed, and a 4xx status for tools and tests. */
    public Response refused(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type("text/html;charset=UTF-8").build();
    }

    /** Post/redirect/get: after a form is accepted, the browser is sent to the page to look at. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A fresh key for a form that must act once however often it is sent (a double click, a retry). */
    public static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
