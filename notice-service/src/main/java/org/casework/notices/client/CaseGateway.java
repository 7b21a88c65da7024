package org.casework.notices.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to case-service with a timeout and a few retries for failures worth retrying. Transitions
 * carry an Idempotency-Key, so a retry after a lost answer moves the case once.
 */
@ApplicationScoped
public class CaseGateway {

    static final String SERVICE = "case-service";

    private final CaseServiceClient client;

    public CaseGateway(@RestClient CaseServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public CaseSnapshot read(UUID caseId, Credentials credentials) {
        try {
            return client.read(caseId, credentials.authorization(), credentials.onBehalfOf());
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    /**
     * One quick look at the case, for a read that must answer even when case-service does not (the
     * draft's issue check): a short timeout and no retry.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public CaseSnapshot readOnce(UUID caseId, Credentials credentials) {
        try {
            return client.read(caseId, credentials.authorization(), credentials.onBehalfOf());
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public CaseSnapshot transition(UUID caseId, String to, String reason, UUID noticeId, String idempotencyKey,
            Credentials credentials) {
        try {
            return client.transition(caseId, credentials.authorization(), credentials.onBehalfOf(), idempotencyKey,
                    new CaseServiceClient.TransitionRequest(to, reason, noticeId.toString()));
        } catch (RuntimeException e) {
            throw DownstreamErrors.translate(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = { DownstreamUnavailableException.class, TimeoutException.class })
    public void noticeGiven(UUID caseId, UUID noticeId, String type, String reference, Credentials credentials) {
        try {
            client.noticeGiven(caseId, noticeId, credentials.authorization(), credentials.onBehalfOf(),
                    new CaseServiceClient.NoticeGiven(type, reference));
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
