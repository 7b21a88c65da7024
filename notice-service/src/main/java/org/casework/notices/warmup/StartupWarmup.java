package org.casework.notices.warmup;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.client.RepresentationGateway;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.rest.NoticeDraftRequest;
import org.casework.notices.rest.NoticeView;
import org.casework.notices.service.document.NoticePdfRenderer;
import org.casework.notices.service.document.NoticeTextBuilder;
import org.casework.platform.time.LondonCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Does at start-up, off the start-up thread, what the first issue of a notice would otherwise pay for:
 * laying out a PDF (OpenPDF's classes and fonts), the first database queries and JSON of notices, then
 * notice-service's own token and the clients of the two services it calls. The service reports ready
 * once the local steps have run ({@link WarmupReadiness}); the steps that need another service (or
 * Keycloak) never hold readiness back, and a failure is only reported and logged.
 */
@ApplicationScoped
public class StartupWarmup {

    private static final Logger LOG = Logger.getLogger(StartupWarmup.class);

    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(30);

    private final NoticeRepository notices;
    private final ObjectMapper mapper;
    private final ServiceToken serviceToken;
    private final CaseGateway cases;
    private final RepresentationGateway representations;
    private final Clock clock;
    private final boolean enabled;
    private volatile WarmupRun run;

    public StartupWarmup(NoticeRepository notices, ObjectMapper mapper, ServiceToken serviceToken, CaseGateway cases,
            RepresentationGateway representations, Clock clock,
            @ConfigProperty(name = "casework.notices.warm-up", defaultValue = "true") boolean enabled) {
        this.notices = notices;
        this.mapper = mapper;
        this.serviceToken = serviceToken;
        this.cases = cases;
        this.representations = representations;
        this.clock = clock;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        run = new WarmupRun(List.of(
                new WarmupRun.Step("document", false, this::layOutADocument),
                new WarmupRun.Step("database", false, this::queryTheDatabase),
                new WarmupRun.Step("json", false, this::writeAndReadJson),
                new WarmupRun.Step("service-token", true, () -> serviceToken.actingFor(null)),
                new WarmupRun.Step("case-service", true, () -> onceReachable(cases::ping)),
                new WarmupRun.Step("representation-service", true, () -> onceReachable(representations::ping))));
        Thread thread = new Thread(() -> {
            run.run();
            LOG.infof("Warm-up: %s", String.join(", ", run.outcomes().stream()
                    .map(o -> o.name() + " " + o.describe()).toList()));
        }, "notice-service-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Calls a service that may still be starting (on Kubernetes every part starts at once; on a loaded machine
     * the first call can outlast the client's read timeout): tries again for up to {@link #PATIENCE}, so the
     * warm-up builds the client and its connection instead of reporting a peer that was merely slow.
     */
    private static void onceReachable(Runnable ping) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                ping.run();
                return;
            } catch (DownstreamUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void layOutADocument() {
        NoticePdfRenderer.render(NoticeTextBuilder.build(SampleNotice.noticeOfIntent(LondonCalendar.today(clock)),
                new NoticeTextBuilder.IssueFacts(null, null, "warm-up", "warm-up")));
    }

    private void queryTheDatabase() {
        QuarkusTransaction.requiringNew().run(() -> {
            notices.findById(new UUID(0, 0));
            notices.pendingIssuesBefore(java.time.Instant.EPOCH, 1);
        });
    }

    private void writeAndReadJson() {
        try {
            String view = mapper.writeValueAsString(NoticeView.of(SampleNotice.noticeOfIntent(LondonCalendar.today(clock))));
            mapper.readTree(view);
            mapper.writeValueAsString(NoticeDraftRequest.of(SampleNotice.noticeOfIntent(LondonCalendar.today(clock))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Completes once every step has run (at once when the warm-up is off). */
    public CompletableFuture<Void> finished() {
        return run == null ? CompletableFuture.completedFuture(null) : run.finished();
    }

    public List<WarmupRun.Outcome> outcomes() {
        return run == null ? List.of() : run.outcomes();
    }

    /** Whether the local steps have run (the service may then report ready). */
    public boolean localStepsDone() {
        return run == null || run.localStepsDone();
    }
}
