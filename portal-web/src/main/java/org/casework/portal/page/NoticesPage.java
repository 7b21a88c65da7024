package org.casework.portal.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.portal.client.IssuedNoticesApi;
import org.casework.portal.model.ApiPage;
import org.casework.portal.model.NoticeSummary;
import org.casework.portal.view.SignedIn;
import org.casework.portal.view.TimeLeft;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The first page: every notice given to the organisation, newest first, each with what it requires and by when. */
@Path("/")
public class NoticesPage {

    static final int PAGE = 20;

    /** A notice with the time left to act on it, if it asks anything by a date. */
    public record Row(NoticeSummary notice, Optional<String> timeLeft, boolean late) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SignedIn user, List<Row> notices, Optional<String> next, boolean firstPage);
    }

    private final IssuedNoticesApi notices;
    private final SignedIn user;
    private final Clock clock;

    public NoticesPage(@RestClient IssuedNoticesApi notices, SignedIn user, Clock clock) {
        this.notices = notices;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ORGANISATION)
    public TemplateInstance list(@QueryParam("after") String after) {
        ApiPage<NoticeSummary> page = notices.list(after == null || after.isBlank() ? null : after, PAGE);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = page.items().stream().map(n -> new Row(n, n.actBy().map(d -> TimeLeft.until(d, today)),
                n.actBy().map(d -> TimeLeft.passed(d, today)).orElse(false))).toList();
        return Templates.page(user, rows, page.next(), after == null || after.isBlank());
    }
}
