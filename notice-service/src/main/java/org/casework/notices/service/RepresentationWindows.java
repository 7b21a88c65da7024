package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamException;
import org.casework.notices.client.RepresentationGateway;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.config.NoticeConfig;
import org.casework.notices.domain.Notice;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The representation window of a notice of intent, opened only once the notice is ISSUED (so the
 * organisation never sees a notice whose issue is still in progress), with the due date worked out
 * from the day it was actually given. representation-service answers the same content again with 200
 * and never reopens a window it closed, so opening is repeated until it is confirmed.
 * <p>
 * Where Kafka carries the events ({@code casework.notices.window-opening} event, or auto with a broker configured),
 * the request that issues does not call: representation-service opens the window from the {@code notice.given.v1}
 * event recorded with the issue, which no failure of either service can lose (the outbox holds it until Kafka has it,
 * Kafka until representation-service has acted on it). The reconciliation job's {@link #open} then confirms it after
 * the reconcile delay: a window the event opened answers the same content again with 200; one it has not (Kafka or
 * the consumer down) is opened by that call, the fallback.
 */
@ApplicationScoped
public class RepresentationWindows {

    private static final Logger LOG = Logger.getLogger(RepresentationWindows.class);

    private final NoticeRepository notices;
    private final RepresentationGateway representations;
    private final ServiceToken serviceToken;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean byEvent;

    public RepresentationWindows(NoticeRepository notices, RepresentationGateway representations,
            ServiceToken serviceToken, AuditTrail audit, Clock clock, NoticeConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> kafka,
            @ConfigProperty(name = "casework.events.relay.enabled") boolean relay) {
        this.byEvent = byEvent(config.windowOpening(), kafka.filter(s -> !s.isBlank()).isPresent() && relay);
        this.notices = notices;
        this.representations = representations;
        this.serviceToken = serviceToken;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the window of an issued notice of intent unless it is confirmed open already, and records
     * the confirmation. Answers the notice as it then stands. Throws if representation-service fails.
     */
    public Notice open(UUID id, Caller by) {
        Notice n = QuarkusTransaction.requiringNew().call(() -> notices.require(id));
        if (!n.awaitsRepresentationWindow()) {
            return n;
        }
        representations.open(n.id, n.reference, n.caseId, n.organisationId, n.representationsDueOn,
                serviceToken.actingFor(n.issuedBy));
        return QuarkusTransaction.requiringNew().call(() -> confirm(id, by));
    }

    /** Whether windows are opened from the {@code notice.given.v1} event rather than by the request's call. */
    static boolean byEvent(NoticeConfig.WindowOpening mode, boolean eventsPublished) {
        return mode == NoticeConfig.WindowOpening.EVENT
                || mode == NoticeConfig.WindowOpening.AUTO && eventsPublished;
    }

    public boolean opensByEvent() {
        return byEvent;
    }

    /**
     * For the request that issued the notice: the notice is given whether or not the window opens now;
     * if representation-service fails, the reconciliation job opens it within seconds. Where windows open from the
     * event, nothing is called here: the event is already recorded, and the job confirms it after the reconcile delay.
     */
    public Notice openOrLeaveToReconciler(Notice n, Caller by) {
        if (!n.awaitsRepresentationWindow() || byEvent) {
            return n;
        }
        try {
            return open(n.id, by);
        } catch (DownstreamException | FaultToleranceException e) {
            LOG.warnf("The representation window of notice %s is not open yet (the reconciliation job retries): %s",
                    n.id, e.getMessage());
            return QuarkusTransaction.requiringNew().call(() -> notices.require(n.id));
        }
    }

    /**
     * Closes the window of a withdrawn notice of intent for {@code person}. A window not yet confirmed
     * open is opened first: once it exists and is closed, a late open (the job's, say) cannot reopen it.
     */
    public void close(Notice n, String person) {
        Credentials asService = serviceToken.actingFor(person);
        if (n.representationWindowOpenedAt == null) {
            representations.open(n.id, n.reference, n.caseId, n.organisationId, n.representationsDueOn, asService);
        }
        representations.close(n.id, asService);
    }

    private Notice confirm(UUID id, Caller by) {
        Notice n = notices.lockForChange(id);
        if (n.awaitsRepresentationWindow()) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            n.representationWindowOpenedAt = now;
            n.touch(now);
            audit.record(by, "notice.window-opened", NoticeDraftService.RESOURCE, id.toString(),
                    Map.of("dueOn", n.representationsDueOn.toString()));
            notices.flush();
        }
        return n;
    }
}
