package org.casework.platform.audit.witness;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The other services this one witnesses: {@code casework.audit.witness.peers.<log>.url} and
 * {@code .public-key}. The key comes from configuration (a Kubernetes Secret), never from the peer
 * itself: a peer whose database and key were both replaced must not vouch for its own new key.
 * No peers, no job.
 */
@ConfigMapping(prefix = "casework.audit.witness")
public interface WitnessConfig {

    /** By the peer's log name (its application name, e.g. {@code case-service}). */
    Map<String, PeerConfig> peers();

    /** How often the job runs (a duration like {@code 30s}, or {@code off}); read by the scheduler. */
    @WithDefault("30s")
    String every();

    /** How long one call to a peer may take to connect and to answer. */
    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("5s")
    Duration readTimeout();

    /**
     * Both settings or neither: a peer with neither (its environment variables unset) is not witnessed,
     * so a service started without the witness settings (a test, a single-service run) starts as before.
     */
    interface PeerConfig {

        Optional<URI> url();

        /** PEM, X.509 SubjectPublicKeyInfo, Ed25519. */
        Optional<String> publicKey();
    }
}
