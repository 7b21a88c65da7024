package org.casework.web.client;

import java.util.function.Predicate;

/**
 * When a read ({@code @GET}) is tried once more ({@code @RetryWhen} with {@code @Retry}): the service did not
 * answer (a restart, a 503) but did not time out either, since a read that timed out would most likely time out
 * again and double the person's wait. Changes are never retried here: their forms carry what makes sending them
 * again safe, and the person decides.
 */
public class ReadAgain implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable e) {
        return e instanceof ApiUnavailableException u && !u.timedOut();
    }
}
