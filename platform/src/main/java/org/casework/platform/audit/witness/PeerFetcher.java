package org.casework.platform.audit.witness;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Asks peers for their latest checkpoint and for consistency proofs, with timeouts and a short retry
 * (a peer restarting, one lost connection). A peer still unavailable after that is left to the next run:
 * the schedule is the back-off, so no circuit breaker is needed (and one per method would trip for
 * every peer at once).
 */
@ApplicationScoped
public class PeerFetcher {

    private final WitnessConfig config;
    private final WitnessToken token;
    private final Map<URI, PeerAuditApi> clients = new ConcurrentHashMap<>();

    public PeerFetcher(WitnessConfig config, WitnessToken token) {
        this.config = config;
        this.token = token;
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = PeerUnavailableException.class)
    public PeerCheckpoint latest(Peer peer) {
        try {
            PeerCheckpoint checkpoint = client(peer.url()).latestCheckpoint(token.authorization());
            if (checkpoint == null) {
                throw new PeerUnavailableException("answered no checkpoint");
            }
            return checkpoint;
        } catch (PeerUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // connection refused, timeout, a body that is not the contract's JSON: not evidence, ask again later
            throw new PeerUnavailableException("could not be reached or did not answer a checkpoint", e);
        }
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = PeerUnavailableException.class)
    public PeerConsistency consistency(Peer peer, long from, long to) {
        try {
            PeerConsistency answer = client(peer.url()).consistency(from, to, token.authorization());
            if (answer == null || answer.proof() == null) {
                throw new PeerUnavailableException("answered no consistency proof");
            }
            return answer;
        } catch (PeerUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // connection refused, timeout, a body that is not the contract's JSON: not evidence, ask again later
            throw new PeerUnavailableException("could not be reached or did not answer a proof", e);
        }
    }

    private PeerAuditApi client(URI url) {
        return clients.computeIfAbsent(url, u -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(u)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new PeerErrors())
                .build(PeerAuditApi.class));
    }
}
