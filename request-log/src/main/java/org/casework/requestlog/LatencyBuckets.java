package org.casework.requestlog;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Latency buckets for the HTTP server's request timer, so Prometheus can compute p95 and p99 across replicas
 * ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}); client-side percentiles could not be
 * aggregated. A fixed, short list (12 buckets) keeps the series per route small, where Micrometer's own histogram
 * would publish about 70.
 */
public class LatencyBuckets {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final Duration[] BOUNDS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                double[] nanos = Stream.of(BOUNDS).mapToDouble(Duration::toNanos).toArray();
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
