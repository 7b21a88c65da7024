package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Keycloak as its operator will start it. The operator adds {@code --optimized} to the server's
 * arguments when the CR names an image and does not set {@code startOptimized} (its
 * KeycloakDeploymentDependentResource); an optimized start ignores the build-time options the CR sets
 * (database vendor, health, metrics), so the stock image must not be started that way.
 */
class KeycloakOperatorTest {

    private static final String STOCK_IMAGE = "quay.io/keycloak/keycloak";

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theStockImageIsNotStartedOptimizedSoTheBuildTimeOptionsOfTheCrApply(Manifests m) {
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        String image = (String) keycloak.get("spec", "image");
        Object startOptimized = keycloak.get("spec", "startOptimized");
        boolean optimized = Boolean.TRUE.equals(startOptimized) || startOptimized == null && image != null;

        assertThat((String) keycloak.get("spec", "db", "vendor")).isEqualTo("postgres");
        if (image == null || image.startsWith(STOCK_IMAGE + ":") || image.startsWith(STOCK_IMAGE + "@")) {
            assertThat(optimized).as(m + ": the stock image started --optimized runs on its built-in options").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakIsTheVersionTheTestsRunAndTheOperatorDocumentedInstalls(Manifests m) throws Exception {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(Manifests.ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        String image = (String) m.operated("Keycloak").get(0).get("spec", "image");

        assertThat(image).isEqualTo(STOCK_IMAGE + ":" + version.group(1));
        assertThat(Files.readString(Manifests.ROOT.resolve("docs/deploy.md"))).contains("Keycloak operator " + version.group(1))
                .contains("keycloak-k8s-resources/" + version.group(1) + "/");
    }
}
