package org.casework.notices.domain.penalty;

import java.security.SecureRandom;

import org.jboss.logging.Logger;

/**
 * The seed of one run of the property tests. Each run draws a fresh one so that, run after run, the
 * properties see new inputs; it is logged on every run, not only on failure, so that a failure seen in a CI
 * log can be replayed exactly with {@code -Dcasework.seed=N} even when the report of the failure is lost.
 */
final class PropertySeed {

    static final String PROPERTY = "casework.seed";
    private static final Logger LOG = Logger.getLogger(PropertySeed.class);

    private PropertySeed() {
    }

    /** The seed given with {@code -Dcasework.seed}, else a fresh random one; logged either way. */
    static long forRun(Class<?> properties) {
        String given = System.getProperty(PROPERTY);
        long seed = given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.trim());
        LOG.infof("%s: %s seed %d (replay with -D%s=%d)", properties.getSimpleName(),
                given == null || given.isBlank() ? "random" : "given", seed, PROPERTY, seed);
        return seed;
    }
}
