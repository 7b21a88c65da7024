package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Production admits a pod of ours only with a signed image and a signed CycloneDX SBOM attestation (Kyverno
 * ClusterPolicy {@code casework-signed-images}, image-signatures.yaml): enforced, failing closed, on the casework
 * namespace, for every image of ours the overlay runs, with the key from a Secret rather than the manifest.
 */
class ImageSignaturePolicyTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyImageOfOursInProductionMustCarryTheReleaseSignatureAndItsSbom() throws Exception {
        Manifests production = Manifests.of("production");
        List<GenericKubernetesResource> policies = production.operated("ClusterPolicy");
        assertThat(policies).hasSize(1);
        GenericKubernetesResource policy = policies.get(0);
        assertThat((String) policy.get("spec", "failurePolicy")).isEqualTo("Fail");
        List<Map<String, Object>> rules = policy.get("spec", "rules");
        assertThat(rules).hasSize(1);
        Map<String, Object> rule = rules.get(0);
        assertThat(rule.toString()).contains("kinds=[Pod]", "namespaces=[casework]");

        List<Map<String, Object>> verify = (List<Map<String, Object>>) rule.get("verifyImages");
        assertThat(verify).hasSize(1);
        Map<String, Object> v = verify.get(0);
        assertThat(v).containsEntry("failureAction", "Enforce").containsEntry("required", true).containsEntry("verifyDigest", true)
                .containsEntry("type", "Cosign");
        List<String> globs = (List<String>) v.get("imageReferences");
        List<String> ours = ImageReference.in(production.raw).stream().map(i -> ImageReference.parse(i).name())
                .filter(n -> n.startsWith("registry.casework.example/")).distinct().toList();
        assertThat(ours).hasSize(Manifests.SERVICES.size() + 1); // the six workloads and Keycloak with our theme
        for (String image : ours) {
            assertThat(globs).as(image + " is verified").anyMatch(g -> FileSystems.getDefault().getPathMatcher("glob:" + g).matches(Path.of(image)));
        }

        assertThat(v.get("attestors").toString()).contains("secret={name=casework-cosign-public-key, namespace=kyverno}")
                .doesNotContain("publicKeys");
        List<Map<String, Object>> attestations = (List<Map<String, Object>>) v.get("attestations");
        assertThat(attestations).extracting(a -> a.get("type")).containsExactly("https://cyclonedx.org/bom");
        assertThat(attestations.get(0).get("attestors").toString()).contains("casework-cosign-public-key");
    }
}
