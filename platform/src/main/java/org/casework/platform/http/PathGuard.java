package org.casework.platform.http;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.casework.platform.problem.Problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses request paths that only make sense as an attack: encoded dot segments, slashes or
 * backslashes ({@code %2e%2e}, {@code %2f}, {@code %5c}), NUL, and literal {@code .} or {@code ..}
 * segments. The server would otherwise normalise {@code /cases/1/findings/%2e%2e} into
 * {@code /cases/1} and answer an address no client asked for, past any proxy rule written for the
 * path as sent. No Casework address contains these, so nothing legitimate is refused.
 */
@Singleton
public class PathGuard {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        String rawPath = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
        if (rawPath.contains("%2e") || rawPath.contains("%2f") || rawPath.contains("%5c") || rawPath.contains("%00")
                || rawPath.contains("\\") || DOT_SEGMENT.matcher(rawPath).find()) {
            Problem problem = new Problem("malformed-path", "Malformed path", 400,
                    "The address contains encoded or relative path segments; send the resource's path as documented");
            RouteProblems.answer(ctx, problem, false);
            return;
        }
        ctx.next();
    }
}
