package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm Keycloak's operator imports is the repository's realm; production's has no demo people and no local addresses. */
class RealmImportTest {

    private static final Path REALM = Manifests.ROOT.resolve("keycloak/regulator-realm.json");
    private static final Path IMPORT = Manifests.ROOT.resolve("k8s/components/keycloak/realm-import.yaml");
    /** Message keys of Keycloak's user profile ({@code ${username}} and the like), which are not variables. */
    private static final List<String> USER_PROFILE_MESSAGES = List.of("username", "email", "firstName", "lastName");

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorImportsTheRepositorysRealm() throws Exception {
        Map<String, Object> realm = new ObjectMapper().readValue(REALM.toFile(), Map.class);
        if (Boolean.getBoolean("casework.k8s.write-realm-import")) {
            Map<String, Object> doc = Kustomize.documents(IMPORT).get(0);
            ((Map<String, Object>) doc.get("spec")).put("realm", realm);
            String header = Files.readAllLines(IMPORT).stream().takeWhile(l -> l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
            Files.writeString(IMPORT, header + Kustomize.YAML.writeValueAsString(doc).replaceFirst("^---\n", ""));
        }
        Map<String, Object> imported = (Map<String, Object>) ((Map<String, Object>) Kustomize.documents(IMPORT).get(0).get("spec")).get("realm");

        assertThat(imported).as("k8s/components/keycloak/realm-import.yaml is behind keycloak/regulator-realm.json: run "
                + "./mvnw -pl k8s-tests test -Dtest=RealmImportTest -Dcasework.k8s.write-realm-import=true").isEqualTo(realm);
    }

    @Test
    void everyClientSecretInTheRealmComesFromASecretThroughThePlaceholders() throws Exception {
        String realm = Files.readString(REALM);
        Map<String, Object> placeholders = spec(Manifests.of("production")).get("placeholders") instanceof Map<?, ?> p
                ? castMap(p) : Map.of();
        java.util.regex.Matcher secrets = java.util.regex.Pattern.compile("\\$\\{([A-Z_]*SECRET)[:}]").matcher(realm);
        while (secrets.find()) {
            assertThat(placeholders).as(secrets.group(1)).containsKey(secrets.group(1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void productionHasNoDemoPeopleNoApiDocsClientAndOnlyItsOwnAddresses() throws Exception {
        Map<String, Object> realm = (Map<String, Object>) spec(Manifests.of("production")).get("realm");

        assertThat(realm).doesNotContainKey("users");
        assertThat(realm.get("sslRequired")).isEqualTo("external");
        List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
        assertThat(clients).extracting(c -> c.get("clientId")).doesNotContain("casework-api-docs")
                .contains("casework-web", "casework-portal", "notice-service");
        assertThat(realm.toString()).doesNotContain("127.0.0.1").doesNotContain("localhost").doesNotContain("demo-")
                .doesNotContain("casework-api-docs");
        assertThat(clients.get(0).get("redirectUris")).isEqualTo(List.of("https://casework.example.org/*"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDevelopmentClusterKeepsTheDemoPeopleToSignInWith() throws Exception {
        Map<String, Object> realm = (Map<String, Object>) spec(Manifests.of("dev")).get("realm");

        assertThat((List<Map<String, Object>>) realm.get("users")).extracting(u -> u.get("username")).contains("ada", "grace", "betty");
        assertThat((List<String>) ((List<Map<String, Object>>) realm.get("clients")).get(0).get("redirectUris"))
                .contains("https://casework.dev.example.org/*");
    }

    /**
     * Keycloak replaces {@code ${NAME}} and {@code ${NAME:default}} in the imported realm from the
     * import Job's environment, which holds only the import's placeholders (Secrets). An unknown name
     * without a default stays in the realm as it is written, silently; in production a default is a
     * local value, so there every name must be a placeholder.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyVariableInTheImportedRealmIsAPlaceholderOrHasADefaultAndProductionUsesNoDefault(String overlay) throws Exception {
        Map<String, Object> spec = spec(Manifests.of(overlay));
        Map<?, ?> placeholders = (Map<?, ?>) spec.get("placeholders");
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(:[^}]*)?}")
                .matcher(Kustomize.YAML.writeValueAsString(spec.get("realm")));
        List<String> unresolved = new java.util.ArrayList<>();
        while (variables.find()) {
            String name = variables.group(1);
            boolean defaulted = variables.group(2) != null && overlay.equals("dev");
            if (!placeholders.containsKey(name) && !defaulted && !USER_PROFILE_MESSAGES.contains(name)) {
                unresolved.add(variables.group());
            }
        }
        assertThat(unresolved).as(overlay + ": realm variables that no placeholder provides").isEmpty();
    }

    /** Every address a client may be sent back to is a host the overlay's Ingresses serve over TLS. */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    @SuppressWarnings("unchecked")
    void everyRedirectAddressOfTheRealmIsAHostTheOverlayServes(String overlay) throws Exception {
        Manifests m = Manifests.of(overlay);
        List<String> hosts = m.all(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class).stream()
                .flatMap(i -> i.getSpec().getTls().stream()).flatMap(t -> t.getHosts().stream()).toList();
        for (Map<String, Object> client : (List<Map<String, Object>>) ((Map<String, Object>) spec(m).get("realm")).get("clients")) {
            for (String uri : (List<String>) client.getOrDefault("redirectUris", List.of())) {
                if (overlay.equals("dev") && (uri.startsWith("http://127.0.0.1") || uri.startsWith("http://localhost") || uri.startsWith("${"))) {
                    continue; // the development realm keeps the repository's local addresses
                }
                assertThat(uri).as(overlay + " " + client.get("clientId")).startsWith("https://");
                assertThat(hosts).as(overlay + " " + client.get("clientId") + " " + uri).contains(java.net.URI.create(uri.replace("*", "x")).getHost());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Manifests m) {
        return (Map<String, Object>) m.raw.stream().filter(o -> "KeycloakRealmImport".equals(o.get("kind"))).findFirst()
                .orElseThrow().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
