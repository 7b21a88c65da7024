package org.casework.web.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.config.WebConfig;
import org.casework.web.view.Names;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * People's names for the subjects the services record (who acted, who a case is assigned to, who decided):
 * the one place the web UI turns a subject into a name. Names are kept for {@code casework.web.directory.keep-names}
 * (10 minutes), so a page asks the directory only for people it has not shown lately. When the directory cannot
 * answer, a name shown before is still used, and a subject never named is shown as it is: a page never fails
 * for want of a name.
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);
    /** Keycloak's subjects are UUIDs; anything else is not asked for (nor written into the directory's address). */
    private static final Pattern SUBJECT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A bound on memory: a staff directory is far smaller; past it the names are simply read again. */
    private static final int MOST_KEPT = 10_000;

    private record Known(String name, Instant until) {
    }

    private final DirectoryLookup lookup;
    private final Clock clock;
    private final Duration keep;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public PeopleDirectory(DirectoryLookup lookup, Clock clock, WebConfig config) {
        this.lookup = lookup;
        this.clock = clock;
        this.keep = config.directory().keepNames();
    }

    /** The names of these subjects (nulls and repeats ignored); a subject the directory cannot name is left out. */
    public Names names(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        for (String subject : new LinkedHashSet<>(subjects)) {
            String name = subject == null ? null : name(subject);
            if (name != null) {
                names.put(subject, name);
            }
        }
        return new Names(names);
    }

    /** One subject's name, or the subject itself. */
    public String nameOf(String subject) {
        return names(Collections.singletonList(subject)).of(subject);
    }

    private String name(String subject) {
        Instant now = clock.instant();
        Known k = known.get(subject);
        if (k != null && k.until().isAfter(now)) {
            return k.name();
        }
        if (!SUBJECT.matcher(subject).matches()) {
            return null;
        }
        try {
            String name = lookup.name(subject);
            if (known.size() >= MOST_KEPT) {
                known.clear();
            }
            known.put(subject, new Known(name, now.plus(keep)));
            return name;
        } catch (DirectoryUnavailableException | CircuitBreakerOpenException e) {
            LOG.debugf("no name for a subject this time: %s", e.getMessage());
            return k == null ? null : k.name();
        }
    }

    /** For the tests: forget every name. */
    public void forget() {
        known.clear();
    }
}
