package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;

class KustomizeBuildTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyOverlayBuildsAndEachObjectParsesIntoItsKubernetesModelWithNoUnknownField(String overlay) throws Exception {
        Manifests m = Manifests.of(overlay);

        assertThat(m.objects).hasSize(m.raw.size());
        assertThat(m.objects.stream().map(o -> o.getKind()).distinct()).contains("Deployment", "Service", "NetworkPolicy",
                "Gateway", "HTTPRoute", "Keycloak", "KeycloakRealmImport", "Cluster");
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/production", "restore", "restore/in-place" })
    void buildsExactlyWhatKubectlKustomizeBuilds(String kustomization) throws Exception {
        Path kubectl = kubectl();
        // CI (.ci/run) installs a pinned kubectl: there a missing one is a failure, never a skip
        assertThat(kubectl != null || !"true".equals(System.getenv("CI")))
                .as("CI=true but no kubectl: set CASEWORK_KUBECTL or put kubectl on the PATH (.ci/run installs one)").isTrue();
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed here: the comparison with kubectl kustomize is "
                + "skipped (the Java build above still ran; .ci/run installs kubectl and never skips it)");
        Process p = new ProcessBuilder(kubectl.toString(), "kustomize", Manifests.ROOT.resolve("k8s/" + kustomization).toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<Map<String, Object>> theirs;
        try (MappingIterator<Map<String, Object>> it = Kustomize.YAML.readerFor(new TypeReference<Map<String, Object>>() {
        }).readValues(out)) {
            theirs = it.readAll();
        }

        assertThat(sorted(Kustomize.build(Manifests.ROOT.resolve("k8s/" + kustomization)))).isEqualTo(sorted(theirs));
    }

    @ParameterizedTest
    @ValueSource(strings = { "configMapGenerator: []", "namePrefix: x-" })
    void refusesKustomizeFeaturesItDoesNotImplementRatherThanIgnoringThem(String line) throws IOException {
        Path dir = Files.createTempDirectory("kustomization");
        Files.writeString(dir.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + line + "\n");

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("does not know");
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> objects) {
        return objects.stream().sorted(Comparator.comparing(o -> o.get("kind") + "/" + Kustomize.name(o))).toList();
    }

    private static Path kubectl() {
        String pinned = System.getenv("CASEWORK_KUBECTL");
        if (pinned != null && !pinned.isBlank()) {
            return Path.of(pinned);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
