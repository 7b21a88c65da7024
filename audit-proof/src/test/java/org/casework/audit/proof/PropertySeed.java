package org.casework.audit.proof;

import java.security.SecureRandom;

/**
 * The seed of one run of the property tests, as in notice-service: fresh each run so the properties see new
 * inputs, printed every run so a failure seen in a CI log replays exactly with {@code -Dcasework.seed=N}.
 */
final class PropertySeed {

    static final String PROPERTY = "casework.seed";

    private PropertySeed() {
    }

    static long forRun(Class<?> properties) {
        String given = System.getProperty(PROPERTY);
        boolean random = given == null || given.isBlank();
        long seed = random ? new SecureRandom().nextLong() : Long.parseLong(given.trim());
        System.getLogger(PropertySeed.class.getName()).log(System.Logger.Level.INFO, "{0}: {1} seed {2} (replay with -D{3}={2})",
                properties.getSimpleName(), random ? "random" : "given", Long.toString(seed), PROPERTY);
        return seed;
    }
}
