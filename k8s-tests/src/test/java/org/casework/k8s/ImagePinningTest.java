package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production runs only images pinned by digest: ours (kustomize's {@code images:} in the production overlay, written
 * by the release step from what Jib pushed) and the operators' (Keycloak, PostgreSQL, Kafka and Strimzi's entity
 * operator). With {@code -Dcasework.release=true} (the release step, once it has written the digests) a placeholder fails too.
 */
class ImagePinningTest {

    private static final String DIGEST = "@sha256:" + "ab12".repeat(16);

    @ParameterizedTest
    @ValueSource(strings = { "registry.example/casework/case-service:1.0.0", "ghcr.io/cloudnative-pg/postgresql:15.14",
            "quay.io/strimzi/kafka:0.48.0-kafka-4.1.0", "registry.example/casework/case-service:latest", "case-service",
            "case-service@sha256:abc", "case-service@sha256:" + "AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12",
            "case-service@sha512:" + "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12", "" })
    void aTagHoweverPreciseOrAMalformedDigestIsNotPinned(String reference) {
        assertThat(ImageReference.isPinnedByDigest(reference)).as(reference).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "registry.example/casework/case-service@sha256:", "registry.example/casework/case-service:1.0.0@sha256:",
            "localhost:5000/casework/case-service:1.0.0@sha256:", "quay.io/strimzi/kafka:latest@sha256:" })
    void aWellFormedSha256DigestPinsWithOrWithoutATag(String prefix) {
        String reference = prefix + "ab12".repeat(16);
        assertThat(ImageReference.isPinnedByDigest(reference)).as(reference).isTrue();
    }

    @Test
    void aReferenceIsReadIntoNameTagAndDigest() {
        ImageReference r = ImageReference.parse("localhost:5000/casework/case-service:1.0.0" + DIGEST);
        assertThat(r.name()).isEqualTo("localhost:5000/casework/case-service");
        assertThat(r.tag()).contains("1.0.0");
        assertThat(r.digest()).contains(DIGEST.substring(1));
        assertThat(ImageReference.parse("localhost:5000/casework/case-service").tag()).isEmpty();
        assertThatThrownBy(() -> ImageReference.parse("casework/ bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyImageOfTheProductionOverlayIsPinnedByASha256Digest() throws Exception {
        List<String> images = ImageReference.in(Manifests.of("production").raw);

        // six Deployments, four migrate init containers, Keycloak, PostgreSQL, the Kafka brokers and the entity operator's two
        assertThat(images).hasSize(15)
                .allSatisfy(image -> assertThat(ImageReference.isPinnedByDigest(image)).as("pinned by digest: " + image).isTrue());
    }

    @Test
    void productionNamesTheKafkaImagesItselfRatherThanTakingTheOperatorsTagOnlyDefault() throws Exception {
        Map<String, Object> kafka = Manifests.of("production").raw.stream().filter(o -> "Kafka".equals(o.get("kind"))).findFirst()
                .orElseThrow();
        List<String> images = ImageReference.in(List.of(kafka));
        assertThat(images).hasSize(3);
        assertThat(images.get(0)).as("the broker image is the one for the Kafka version").contains("-kafka-4.1.0");
    }

    @Test
    void everyImagesEntryOfTheProductionKustomizationNamesAnImageOfOursTheOverlayRuns() throws Exception {
        Set<String> used = ImageReference.in(Manifests.of("production").raw).stream().map(i -> ImageReference.parse(i).name())
                .collect(Collectors.toSet());
        List<Map<String, String>> entries = imagesEntries();
        assertThat(entries).extracting(e -> e.get("name")).containsExactlyInAnyOrderElementsOf(
                Manifests.SERVICES.stream().map(s -> "registry.casework.example/casework/" + s).toList());
        assertThat(entries).allSatisfy(e -> {
            assertThat(used).as("an image the overlay runs").contains(e.get("name"));
            assertThat(e.get("digest")).as(e.get("name")).matches("sha256:[0-9a-f]{64}");
        });
    }

    /** Run by the release once it has written the digests (docs/deploy.md): no image may go out with a placeholder. */
    @Test
    void aReleaseCarriesNoPlaceholderDigest() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("casework.release"),
                "only in a release build (-Dcasework.release=true): the committed overlay carries placeholders");
        assertThat(ImageReference.in(Manifests.of("production").raw)).noneMatch(i -> i.endsWith(ImageReference.PLACEHOLDER_DIGEST));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> imagesEntries() throws Exception {
        Map<String, Object> k = Kustomize.YAML.readValue(Manifests.ROOT.resolve("k8s/overlays/production/kustomization.yaml").toFile(),
                Map.class);
        return (List<Map<String, String>>) k.get("images");
    }
}
