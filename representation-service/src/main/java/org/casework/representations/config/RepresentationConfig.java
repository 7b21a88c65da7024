package org.casework.representations.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Limits of the portal: file and submission sizes, counts, and the per-organisation submission rate. */
@ConfigMapping(prefix = "casework.representations")
public interface RepresentationConfig {

    MemorySize maxFileSize();

    MemorySize maxSubmissionSize();

    int maxFiles();

    int maxStatementLength();

    RateLimit rateLimit();

    interface RateLimit {
        /** Submissions an organisation may make within {@link #window()}. */
        int submissions();

        Duration window();
    }
}
