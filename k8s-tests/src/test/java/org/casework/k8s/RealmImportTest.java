package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Clients an overlay has only where it lists their component; the base import leaves them out. */
    private static final Map<String, Path> OPT_IN_CLIENTS = Map.of("casework-swagger-ui",
            Manifests.ROOT.resolve("k8s/components/swagger-ui"));

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorImportsTheRepositorysRealmLessItsOptInClients() throws Exception {
        Map<String, Object> realm = withoutOptInClients(new ObjectMapper().readValue(REALM.toFile(), Map.class));
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

    /** Where the repository's realm defines an opt-in client, its component adds that client, with the cluster's addresses. */
    @Test
    @SuppressWarnings("unchecked")
    void eachOptInComponentAddsTheRealmsOwnClient() throws Exception {
        Map<String, Object> realm = new ObjectMapper().readValue(REALM.toFile(), Map.class);
        for (var optIn : OPT_IN_CLIENTS.entrySet()) {
            List<Map<String, Object>> ops = Kustomize.YAML.readValue(optIn.getValue().resolve("realm-client.yaml").toFile(), List.class);
            Map<String, Object> added = (Map<String, Object>) ops.get(0).get("value");
            assertThat(added.get("clientId")).isEqualTo(optIn.getKey());
            Optional<Map<String, Object>> own = ((List<Map<String, Object>>) realm.get("clients")).stream()
                    .filter(c -> optIn.getKey().equals(c.get("clientId"))).findFirst();
            // until the repository's realm defines the client, the component's definition stands alone
            own.ifPresent(c -> assertThat(withoutAddresses(added)).as(optIn.getKey()).isEqualTo(withoutAddresses(c)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void productionHasNoSwaggerUiClientUnlessItsComponentIsAddedAndDevelopmentHasIt() throws Exception {
        Path enabled = Files.createDirectories(Manifests.ROOT.resolve("k8s-tests/target/production-with-swagger-ui"));
        Files.writeString(enabled.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources:\n  - " + Manifests.ROOT.resolve("k8s/overlays/production") + "\ncomponents:\n  - "
                + Manifests.ROOT.resolve("k8s/components/swagger-ui") + "\n");

        assertThat(clientIds(Manifests.of("production").raw)).doesNotContain("casework-swagger-ui");
        assertThat(clientIds(Kustomize.build(enabled))).containsOnlyOnce("casework-swagger-ui");
        assertThat(clientIds(Manifests.of("dev").raw)).containsOnlyOnce("casework-swagger-ui");
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
    void productionHasNoDemoPeopleOnlyServiceAccountsNoApiDocsClientAndOnlyItsOwnAddresses() throws Exception {
        Map<String, Object> realm = (Map<String, Object>) spec(Manifests.of("production")).get("realm");

        // no person: only the machine clients' service accounts, exactly as the repository's realm defines them
        List<Map<String, Object>> ownAccounts = ((List<Map<String, Object>>) new ObjectMapper().readValue(REALM.toFile(), Map.class)
                .get("users")).stream().filter(u -> u.containsKey("serviceAccountClientId")).toList();
        assertThat(ownAccounts).extracting(u -> u.get("serviceAccountClientId"))
                .containsExactlyInAnyOrder("case-service", "notice-service", "representation-service", "casework-directory");
        assertThat((List<Map<String, Object>>) realm.get("users")).isEqualTo(ownAccounts);
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
     * local value, so there every name must be a placeholder, written without a default (realm-secrets.yaml).
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
            } else if (overlay.equals("production") && variables.group(2) != null) {
                // a default is a value printed in this repository: production has none, even behind a placeholder
                unresolved.add(variables.group() + " (a default)");
            }
        }
        assertThat(unresolved).as(overlay + ": realm variables that no placeholder provides").isEmpty();
    }

    /** Every address a client may be sent back to is a host the overlay's Gateway serves over HTTPS. */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    @SuppressWarnings("unchecked")
    void everyRedirectAddressOfTheRealmIsAHostTheOverlayServes(String overlay) throws Exception {
        Manifests m = Manifests.of(overlay);
        List<String> hosts = new Edge(m).httpsHosts();
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
    private static Map<String, Object> withoutOptInClients(Map<String, Object> realm) {
        Map<String, Object> copy = Kustomize.copy(realm);
        ((List<Map<String, Object>>) copy.get("clients")).removeIf(c -> OPT_IN_CLIENTS.containsKey(c.get("clientId")));
        if (copy.get("scopeMappings") instanceof List<?> mappings) {
            ((List<Map<String, Object>>) mappings).removeIf(s -> OPT_IN_CLIENTS.containsKey(s.get("client")));
        }
        return copy;
    }

    private static Map<String, Object> withoutAddresses(Map<String, Object> client) {
        Map<String, Object> copy = Kustomize.copy(client);
        copy.remove("redirectUris");
        copy.remove("webOrigins");
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> clientIds(List<Map<String, Object>> objects) {
        Map<String, Object> spec = (Map<String, Object>) objects.stream().filter(o -> "KeycloakRealmImport".equals(o.get("kind")))
                .findFirst().orElseThrow().get("spec");
        return ((List<Map<String, Object>>) ((Map<String, Object>) spec.get("realm")).get("clients")).stream()
                .map(c -> c.get("clientId")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
