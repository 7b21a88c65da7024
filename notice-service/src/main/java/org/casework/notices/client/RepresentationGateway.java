package org.casework.notices.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to representation-service's internal API, with a timeout and a few retries (all idempotent). */
@ApplicationScoped
public class RepresentationGateway {

    static final String SERVICE = "representation-service";

    private final RepresentationServiceClient client;

    public RepresentationGateway(@RestClient RepresentationServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public RepresentationServiceClient.WindowStatus open(UUID noticeId, String reference, UUID caseId,
            String organisationId, LocalDate dueOn, Credentials credentials) {
        try {
            return client.open(noticeId, credentials.authorization(), credentials.onBehalfOf(),
                    new RepresentationServiceClient.OpenWindow(caseId, organisationId, dueOn, reference));
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public RepresentationServiceClient.WindowStatus status(UUID noticeId, Credentials credentials) {
        try {
            return client.status(noticeId, credentials.authorization(), credentials.onBehalfOf());
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public RepresentationServiceClient.WindowStatus close(UUID noticeId, Credentials credentials) {
        try {
            return client.close(noticeId, credentials.authorization(), credentials.onBehalfOf());
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    /**
     * Builds and exercises the client once (connection, JSON, fault tolerance), for the start-up warm-up.
     * Any answer counts, a 503 of a service still starting included; no answer at all is a failure.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void ping() {
        DownstreamErrors.expectAnyAnswer(SERVICE, client::readiness);
    }
}
