package org.casework.notices.warmup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness probe's "warm-up" check: down until the start-up warm-up's local steps have run, so
 * traffic does not reach the service before its first document is laid out; each step's outcome as data.
 */
@Readiness
@ApplicationScoped
public class WarmupReadiness implements HealthCheck {

    private final StartupWarmup warmup;

    public WarmupReadiness(StartupWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("warm-up").status(warmup.localStepsDone());
        warmup.outcomes().forEach(o -> response.withData(o.name(), o.describe()));
        return response.build();
    }
}
