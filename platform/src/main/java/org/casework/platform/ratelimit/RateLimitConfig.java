package org.casework.platform.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests each caller may make in a window, by kind of caller and class of operation
 * ({@code casework.rate-limit.*}). A person works through a web page, a machine client for many people, an
 * anonymous caller (counted by network address) only reaches the public operations and the refusals.
 */
@ConfigMapping(prefix = "casework.rate-limit")
public interface RateLimitConfig {

    /** Off only where a test measures something else; never in a deployment. */
    @WithDefault("true")
    boolean enabled();

    /** The fixed window the quotas count in. */
    @WithDefault("60s")
    Duration window();

    /**
     * How often each replica adds its counts to the database and learns the others' ({@link RateCountSync}): the most
     * a caller spread over several replicas can get past its quota is what the other replicas admit in this time.
     */
    @WithDefault("200ms")
    Duration syncEvery();

    Quotas person();

    Quotas client();

    Quotas anonymous();

    /** Requests per window: reads (GET, HEAD) and changes (every other method). */
    interface Quotas {

        int read();

        int change();
    }
}
