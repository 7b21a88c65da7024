package org.casework.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Proof that concurrent test requests really overlapped inside the service under test. A request that
 * names a barrier ({@value #HEADER}: {@code <name>;<parties>}) is held, after authentication and before
 * the operation runs, until {@code parties} requests naming the same barrier have arrived; then all go
 * on together. If they do not all arrive within the timeout, every waiting request answers 503, so a race
 * test that did not race fails instead of passing by luck. Requests without the header are untouched.
 * Lives in test-support only: no production build contains it.
 */
public class OverlapBarrier {

    public static final String HEADER = "Test-Overlap-Barrier";
    private static final long TIMEOUT_SECONDS = 30;
    private static final Map<String, CyclicBarrier> BARRIERS = new ConcurrentHashMap<>();

    /** The header value for {@code parties} requests meeting at a barrier named {@code name}. */
    public static String value(String name, int parties) {
        return name + ";" + parties;
    }

    @ServerRequestFilter
    public Optional<Response> awaitTheOthers(ContainerRequestContext request) {
        String value = request.getHeaderString(HEADER);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";");
        int parties = Integer.parseInt(parts[1]);
        CyclicBarrier barrier = BARRIERS.computeIfAbsent(parts[0], name -> new CyclicBarrier(parties));
        try {
            barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(notReached(parts[0]));
        } catch (BrokenBarrierException | TimeoutException e) {
            return Optional.of(notReached(parts[0]));
        }
    }

    private static Response notReached(String name) {
        return ProblemResponses.of(new Problem("test-barrier-not-reached", "Test barrier not reached", 503,
                "Not every request of barrier " + name + " reached the service in time"));
    }
}
