package org.casework.web.client;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.config.WebConfig;
import org.casework.web.model.DirectoryUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.tls.TlsConfigurationRegistry;

/**
 * One person's name from the directory. A directory that keeps failing is left alone for 30 s (circuit
 * breaker), so pages do not each wait for its timeout: they show subjects instead of names meanwhile.
 */
@ApplicationScoped
public class DirectoryLookup {

    private final DirectoryApi api;
    private final DirectoryToken token;

    /**
     * The directory is Keycloak, reached as the directory's token client reaches it: with the same TLS configuration
     * (on Kubernetes, HTTPS trusting only the suite's internal CA; docs/deploy.md, "Keycloak over TLS").
     */
    public DirectoryLookup(WebConfig config, DirectoryToken token,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "quarkus.oidc-client.tls.tls-configuration-name") Optional<String> tls,
            TlsConfigurationRegistry registry) {
        this.token = token;
        long timeout = config.directory().timeout().toMillis();
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.directory().url().orElseGet(() -> adminUrl(realm))))
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .register(new DirectoryErrors());
        tls.map(name -> registry.get(name).orElseThrow(() -> new IllegalStateException("no TLS configuration named " + name)))
                .ifPresent(builder::tlsConfiguration);
        this.api = builder.build(DirectoryApi.class);
    }

    /** Keycloak serves a realm's users under /admin/realms/{realm}, beside the realm's own /realms/{realm}. */
    static String adminUrl(String realmUrl) {
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("set casework.web.directory.url: " + realmUrl + " is no realm's address");
        }
        return realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at);
    }

    /** The person's name, or null if the directory knows no such person or names them not at all. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = DirectoryUnavailableException.class)
    public String name(String subject) {
        try {
            DirectoryUser user = api.user(subject, token.authorization());
            return user == null ? null : user.displayName();
        } catch (NotInDirectoryException e) {
            return null;
        } catch (DirectoryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // connection refused, timeout, a body that is not a user
            throw new DirectoryUnavailableException("the directory could not be read", e);
        }
    }
}
