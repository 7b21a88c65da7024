package org.casework.web.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the three APIs are, and how long to wait for them. */
@ConfigMapping(prefix = "casework.web")
public interface WebConfig {

    String caseService();

    String noticeService();

    String representationService();

    @WithDefault("10s")
    Duration apiTimeout();
}
