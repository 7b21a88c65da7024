package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Keycloak as its operator will start it. The operator adds {@code --optimized} to the server's
 * arguments when the CR names an image and does not set {@code startOptimized} (its
 * KeycloakDeploymentDependentResource); an optimized start ignores the build-time options the CR sets
 * (database vendor, health, metrics), so an image that was not built with them must not be started that
 * way. The CR's image is the project's: the stock image of the tested version plus the sign-in theme
 * the realm names (keycloak-theme/src/main/docker/Dockerfile).
 */
class KeycloakOperatorTest {

    private static final String STOCK_IMAGE = "quay.io/keycloak/keycloak";
    private static final String IMAGE = "registry.casework.example/casework/keycloak:";
    private static final Path DOCKERFILE = Manifests.ROOT.resolve("keycloak-theme/src/main/docker/Dockerfile");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void anImageNotBuiltWithTheCrsOptionsIsNotStartedOptimized(Manifests m) throws Exception {
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        String image = (String) keycloak.get("spec", "image");
        Object startOptimized = keycloak.get("spec", "startOptimized");
        boolean optimized = Boolean.TRUE.equals(startOptimized) || startOptimized == null && image != null;

        assertThat((String) keycloak.get("spec", "db", "vendor")).isEqualTo("postgres");
        assertThat(Files.readString(DOCKERFILE)).as("the project's image runs no Keycloak build").doesNotContain("kc.sh build");
        assertThat(optimized).as(m + ": an image started --optimized without a build runs on its built-in options").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakIsTheVersionTheTestsRunAndTheOperatorDocumentedInstalls(Manifests m) throws Exception {
        String version = keycloakVersion();
        String image = (String) m.operated("Keycloak").get(0).get("spec", "image");

        assertThat(image).startsWith(IMAGE);
        assertThat(Files.readAllLines(DOCKERFILE)).contains("FROM " + STOCK_IMAGE + ":" + version);
        assertThat(Files.readString(Manifests.ROOT.resolve("docs/deploy.md"))).contains("Keycloak operator " + version)
                .contains("keycloak-k8s-resources/" + version + "/");
    }

    /**
     * The operator's own NetworkPolicy is on by default and, for a port whose list of sources is empty or missing,
     * admits every namespace; NetworkPolicies add up, so that would cancel ours. Each port it opens has sources
     * here (NetworkPolicyTest holds the sum of both policies to the table).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theOperatorsNetworkPolicyIsConfiguredWithSourcesForEveryPortItOpens(Manifests m) {
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        java.util.Map<String, Object> policy = keycloak.get("spec", "networkPolicy");

        assertThat(policy).as("spec.networkPolicy").isNotNull().containsEntry("enabled", true);
        assertThat(policy.keySet()).isSubsetOf("enabled", "http", "https", "management");
        for (var generated : KeycloakOperatorNetworkPolicy.of(keycloak)) {
            assertThat(generated.getSpec().getIngress()).allSatisfy(rule -> assertThat(rule.getFrom()).as(rule.getPorts().toString()).isNotEmpty());
        }
    }

    @Test
    void theImageHoldsTheSignInThemeTheRealmNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String theme = json.readTree(Manifests.ROOT.resolve("keycloak/regulator-realm.json").toFile()).path("loginTheme").asText();
        Path sources = Manifests.ROOT.resolve("keycloak-theme/src/main/resources");

        assertThat(theme).isNotEmpty();
        assertThat(Files.readAllLines(DOCKERFILE)).anyMatch(line -> line.matches("COPY .*target/classes/theme/" + theme
                + " /opt/keycloak/themes/" + theme));
        assertThat(sources.resolve("theme/" + theme + "/login/theme.properties")).exists();
        assertThat(json.readTree(sources.resolve("META-INF/keycloak-themes.json").toFile()).path("themes").get(0)
                .path("name").asText()).isEqualTo(theme);
    }

    private static String keycloakVersion() throws Exception {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(Manifests.ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
