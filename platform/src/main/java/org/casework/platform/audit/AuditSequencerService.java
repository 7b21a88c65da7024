package org.casework.platform.audit;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.casework.platform.lease.StepLoop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs this replica's {@link AuditSequencer} on a short schedule (sooner again when a batch was full), on a
 * dedicated connection outside the pool, on its own thread ({@link StepLoop}, which outlives a step that throws).
 * Every replica runs one; the advisory lock lets only one lead.
 */
@ApplicationScoped
public class AuditSequencerService {

    /** The advisory lock key of the leader lease ("audit" in ASCII); each service has its own database. */
    public static final long LEASE_KEY = 0x6175646974L;

    /**
     * The sequencer's connection names itself with this and the process id ({@code pg_stat_activity.application_name}),
     * so an operator (and the system tests) can tell which replica holds the lease.
     */
    public static final String APPLICATION_NAME_PREFIX = "audit-sequencer pid ";

    public static final String PENDING_METRIC = "casework.audit.pending";
    public static final String OLDEST_PENDING_METRIC = "casework.audit.pending.oldest.age";

    private final AuditSequencer sequencer;
    private final boolean enabled;
    private final Duration interval;
    private final Timer lag;
    private StepLoop loop;

    public AuditSequencerService(Clock clock, CheckpointSigner signer, MeterRegistry registry, AuditStore store,
            @ConfigProperty(name = "casework.audit.sequencer.enabled") boolean enabled,
            @ConfigProperty(name = "casework.audit.sequencer.interval") Duration interval,
            @ConfigProperty(name = "casework.audit.sequencer.batch-size") int batchSize,
            @ConfigProperty(name = "casework.audit.checkpoint.interval") Duration checkpointInterval,
            @ConfigProperty(name = "casework.audit.checkpoint.entries") long checkpointEntries,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.enabled = enabled;
        this.interval = interval;
        java.util.Properties connection = new java.util.Properties();
        connection.setProperty("user", user);
        connection.setProperty("password", password);
        connection.setProperty("ApplicationName", APPLICATION_NAME_PREFIX + ProcessHandle.current().pid());
        // a tick's links and Merkle nodes go as multi-row INSERTs, not one statement per row: under load the
        // sequencer shares the cores with the requests whose entries it links, and must keep up with them
        connection.setProperty("reWriteBatchedInserts", "true");
        this.sequencer = new AuditSequencer(() -> DriverManager.getConnection(url, connection), LEASE_KEY, clock,
                batchSize, new CheckpointWriter(signer, checkpointInterval, checkpointEntries));
        this.lag = Timer.builder("casework.audit.link.lag")
                .description("Time from an audit entry's creation to its place in the chain")
                .publishPercentiles(0.5, 0.99).register(registry);
        // read at each scrape, so every replica reports it, leader or not; one query serves both gauges
        AuditBacklog backlog = new AuditBacklog(store, clock);
        Gauge.builder(PENDING_METRIC, backlog, AuditBacklog::count)
                .description("Audit entries committed but not linked yet").register(registry);
        // the lag timer above only records entries once linked: a stalled sequencer records nothing, so the alert
        // (docs/runbook.md, "AuditSequencerLagging") watches the age of the oldest entry still waiting instead
        Gauge.builder(OLDEST_PENDING_METRIC, backlog, AuditBacklog::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest audit entry committed but not linked yet; 0 when none waits").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        loop = StepLoop.start("audit-sequencer", interval, () -> {
            AuditSequencer.Tick tick = sequencer.tick();
            tick.lags().forEach(lag::record);
            return sequencer.wasFull(tick);
        });
    }

    public boolean isLeader() {
        return sequencer.isLeader();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.close(Duration.ofSeconds(5));
        }
        sequencer.close();
    }
}
