package org.casework.notices.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Deadline;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * The statutory deadlines coming up, as gauges for the operators' dashboard: {@value #METRIC}, per kind, for those due
 * today ({@code window="today"}) and within seven days ({@code window="7d"}), counted as {@link DeadlineQueries} counts
 * them (London dates, the working-day rule for payment and appeal). A scrape reads the last count; a job recounts
 * once a minute ({@code casework.notices.deadline-metrics-every}), since the count reads a year of issued notices.
 */
@ApplicationScoped
public class DeadlineMetrics {

    public static final String METRIC = "casework.deadlines.due";
    static final int WEEK = 7;
    private static final Logger LOG = Logger.getLogger(DeadlineMetrics.class);

    private final DeadlineQueries deadlines;
    private final Map<Deadline.Kind, AtomicLong> today = new EnumMap<>(Deadline.Kind.class);
    private final Map<Deadline.Kind, AtomicLong> week = new EnumMap<>(Deadline.Kind.class);

    public DeadlineMetrics(DeadlineQueries deadlines, MeterRegistry registry) {
        this.deadlines = deadlines;
        for (Deadline.Kind kind : Deadline.Kind.values()) {
            today.put(kind, gauge(registry, kind, "today"));
            week.put(kind, gauge(registry, kind, "7d"));
        }
    }

    private static AtomicLong gauge(MeterRegistry registry, Deadline.Kind kind, String window) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(METRIC, value, AtomicLong::get).tags("kind", kind.name(), "window", window)
                .description("Statutory deadlines of issued notices due today or within 7 days (London dates)")
                .register(registry);
        return value;
    }

    @Scheduled(every = "${casework.notices.deadline-metrics-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "notice-deadline-metrics")
    void run() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the gauges keep their last count; the dashboard shows it unchanged, the log says why
            LOG.warnf("could not count the deadlines due: %s", e.getClass().getSimpleName());
        }
    }

    /** Counts the deadlines again; answers those within the week. */
    public List<Deadline> refresh() {
        List<Deadline> upcoming = deadlines.all(WEEK);
        for (Deadline.Kind kind : Deadline.Kind.values()) {
            today.get(kind).set(upcoming.stream().filter(d -> d.kind() == kind && d.daysLeft() == 0).count());
            week.get(kind).set(upcoming.stream().filter(d -> d.kind() == kind).count());
        }
        return upcoming;
    }
}
