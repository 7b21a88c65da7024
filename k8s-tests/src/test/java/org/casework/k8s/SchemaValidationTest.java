package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every object each overlay builds, against the published schema of its kind: the Kubernetes 1.33 API's for the
 * built-in kinds, the operators' CRDs (at the versions docs/deploy.md installs) for theirs; see
 * src/test/resources/schemas/README.md. A field the schema does not declare, a value of the wrong type, a missing
 * required field or a kind with no schema at all fails, naming the object, the field and the rule.
 */
class SchemaValidationTest {

    private static final ApiSchemas SCHEMAS = ApiSchemas.load();

    /**
     * Kinds the overlays hold whose schema could not be vendored, each with the reason. Nothing else may go
     * unchecked: take a kind off this list as soon as its CRD is in sources.tsv.
     */
    static final Map<String, String> NOT_VENDORED = Map.of(
            "k8s.keycloak.org/v2alpha1/Keycloak", "the Keycloak operator 26.7.3's CRDs were not reachable when the "
                    + "schemas were vendored (see the schemas README): run refresh-schemas with its lines enabled",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "as Keycloak");

    /** The kinds the overlays use or are about to use: each must have its schema here before it lands. */
    private static final List<String> EXPECTED = List.of("v1/Namespace", "v1/ConfigMap", "v1/Secret", "v1/Service",
            "v1/ServiceAccount", "apps/v1/Deployment", "batch/v1/Job", "batch/v1/CronJob", "autoscaling/v2/HorizontalPodAutoscaler",
            "policy/v1/PodDisruptionBudget", "networking.k8s.io/v1/NetworkPolicy", "networking.k8s.io/v1/Ingress",
            "rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/RoleBinding",
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io/v1/ScheduledBackup",
            "postgresql.cnpg.io/v1/Backup", "postgresql.cnpg.io/v1/Pooler", "barmancloud.cnpg.io/v1/ObjectStore",
            "kafka.strimzi.io/v1beta2/Kafka", "kafka.strimzi.io/v1beta2/KafkaNodePool", "kafka.strimzi.io/v1beta2/KafkaTopic",
            "kafka.strimzi.io/v1beta2/KafkaUser", "monitoring.coreos.com/v1/ServiceMonitor", "monitoring.coreos.com/v1/PodMonitor",
            "monitoring.coreos.com/v1/PrometheusRule", "cert-manager.io/v1/Certificate", "cert-manager.io/v1/Issuer",
            "cert-manager.io/v1/ClusterIssuer", "gateway.networking.k8s.io/v1/GatewayClass", "gateway.networking.k8s.io/v1/Gateway",
            "gateway.networking.k8s.io/v1/HTTPRoute", "gateway.networking.k8s.io/v1beta1/ReferenceGrant",
            "gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy", "gateway.envoyproxy.io/v1alpha1/SecurityPolicy",
            "gateway.envoyproxy.io/v1alpha1/ClientTrafficPolicy", "gateway.envoyproxy.io/v1alpha1/EnvoyProxy",
            "external-secrets.io/v1/ExternalSecret", "external-secrets.io/v1/SecretStore", "external-secrets.io/v1/ClusterSecretStore",
            "kyverno.io/v1/ClusterPolicy", "policy.sigstore.dev/v1beta1/ClusterImagePolicy",
            "snapshot.storage.k8s.io/v1/VolumeSnapshotClass");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyObjectTheOverlayBuildsConformsToThePublishedSchemaOfItsKind(String overlay) throws Exception {
        List<Map<String, Object>> objects = Kustomize.build(Manifests.ROOT.resolve("k8s/overlays/" + overlay));

        List<String> violations = objects.stream().filter(o -> !NOT_VENDORED.containsKey(type(o)))
                .flatMap(o -> SCHEMAS.violations(o).stream()).toList();

        assertThat(objects).isNotEmpty();
        assertThat(violations).as(overlay).isEmpty();
    }

    @Test
    void everyOtherKustomizationAndEveryManifestNoKustomizationIncludesConformsToo() throws Exception {
        // such as a restore applied by hand in a drill: no overlay builds it, yet it reaches the cluster
        ManifestTree tree = ManifestTree.of(Manifests.ROOT.resolve("k8s"));
        List<String> violations = new ArrayList<>();
        List<Path> overlays = Manifests.OVERLAYS.stream().map(o -> Manifests.ROOT.resolve("k8s/overlays/" + o)).toList();
        for (Path root : tree.roots()) {
            if (!overlays.contains(root)) { // the two overlays have their own test above
                check(Manifests.ROOT.relativize(root), Kustomize.build(root), violations);
            }
        }
        for (Path file : tree.standalone()) {
            check(Manifests.ROOT.relativize(file), Kustomize.documents(file), violations);
        }

        assertThat(tree.roots()).containsAll(overlays);
        assertThat(violations).as("%s", tree).isEmpty();
    }

    @Test
    void aFieldTheSchemaDoesNotDeclareIsRefusedNamingTheObjectTheFieldAndTheRule() throws Exception {
        Map<String, Object> deployment = object("Deployment", "case-service");
        JsonPatch.apply(deployment, List.of(Map.of("op", "add", "path", "/spec/template/spec/containers/0/imagePullPolice",
                "value", "Always")));

        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("apps/v1 Deployment case-service",
                "/spec/template/spec/containers/0", "imagePullPolice", "[additionalProperties]");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheObjectTheFieldAndTheRule() throws Exception {
        Map<String, Object> deployment = object("Deployment", "notice-service");
        JsonPatch.apply(deployment, List.of(Map.of("op", "replace", "path", "/spec/revisionHistoryLimit", "value", "ten")));

        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("apps/v1 Deployment notice-service",
                "/spec/revisionHistoryLimit", "string", "integer", "[type]");
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingTheObjectTheFieldAndTheRule() throws Exception {
        Map<String, Object> deployment = object("Deployment", "portal-web");
        JsonPatch.apply(deployment, List.of(Map.of("op", "remove", "path", "/spec/selector")));

        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("apps/v1 Deployment portal-web",
                "/spec", "selector", "[required]");
    }

    @Test
    void aCustomResourceIsHeldToItsOperatorsCrdAndItsMetadataToTheKubernetesObjectMeta() throws Exception {
        Map<String, Object> cluster = object("Cluster", "casework-db");
        JsonPatch.apply(cluster, List.of(Map.of("op", "add", "path", "/spec/instance", "value", 3),
                Map.of("op", "add", "path", "/metadata/lables", "value", Map.of("tier", "data"))));
        Map<String, Object> topic = object("KafkaTopic", "casework.cases.v1");
        JsonPatch.apply(topic, List.of(Map.of("op", "replace", "path", "/spec/partitions", "value", "three")));

        assertThat(SCHEMAS.violations(cluster)).hasSize(2).anySatisfy(v -> assertThat(v).contains(
                "postgresql.cnpg.io/v1 Cluster casework-db", "/spec", "instance", "[additionalProperties]"))
                .anySatisfy(v -> assertThat(v).contains("/metadata", "lables", "[additionalProperties]"));
        assertThat(SCHEMAS.violations(topic)).singleElement().asString().contains("kafka.strimzi.io/v1beta2 KafkaTopic",
                "/spec/partitions", "[type]");
    }

    @Test
    void anObjectItsSchemaLeavesOpenTakesAnyFieldWhileItsNeighboursStayClosed() throws Exception {
        Map<String, Object> kafka = object("Kafka", "casework-kafka");
        // Strimzi marks the brokers' config x-kubernetes-preserve-unknown-fields: any Kafka setting may go there
        JsonPatch.apply(kafka, List.of(Map.of("op", "add", "path", "/spec/kafka/config/log.retention.hours", "value", 168)));
        assertThat(SCHEMAS.violations(kafka)).isEmpty();

        JsonPatch.apply(kafka, List.of(Map.of("op", "add", "path", "/spec/kafka/confg", "value", Map.of())));
        assertThat(SCHEMAS.violations(kafka)).singleElement().asString().contains("/spec/kafka", "confg", "[additionalProperties]");
    }

    @Test
    void aCustomResourceListKeyedByNameRepeatsNoNameAsTheApiServerRequires() {
        Map<String, Object> https = Map.of("name", "https", "port", 443, "protocol", "HTTPS", "hostname", "a.casework.example.org");
        Map<String, Object> gateway = Map.of("apiVersion", "gateway.networking.k8s.io/v1", "kind", "Gateway",
                "metadata", Map.of("name", "casework"), "spec", Map.of("gatewayClassName", "eg",
                        "listeners", List.of(https, Map.of("name", "https", "port", 443, "protocol", "HTTPS",
                                "hostname", "b.casework.example.org"))));

        assertThat(SCHEMAS.violations(gateway)).singleElement().asString().contains("gateway.networking.k8s.io/v1 Gateway casework",
                "/spec/listeners/1", "\"name\":\"https\"", "[x-kubernetes-list-type: map]");
    }

    @Test
    void anIntOrStringFieldTakesEitherButNothingElse() throws Exception {
        Map<String, Object> deployment = object("Deployment", "case-service");
        for (Object fine : List.of(1, "25%")) {
            JsonPatch.apply(deployment, List.of(Map.of("op", "add", "path", "/spec/strategy",
                    "value", Map.of("type", "RollingUpdate", "rollingUpdate", Map.of("maxSurge", fine)))));
            assertThat(SCHEMAS.violations(deployment)).as("maxSurge %s", fine).isEmpty();
        }
        JsonPatch.apply(deployment, List.of(Map.of("op", "add", "path", "/spec/strategy/rollingUpdate/maxSurge", "value", true)));

        assertThat(SCHEMAS.violations(deployment)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("/spec/strategy/rollingUpdate/maxSurge"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFieldSetToNullCountsAsAbsentAsTheApiServerPrunesIt() throws Exception {
        Map<String, Object> deployment = object("Deployment", "case-service");
        ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment.get("spec")).get("template"))
                .get("metadata")).put("creationTimestamp", null);
        JsonPatch.apply(deployment, List.of(Map.of("op", "remove", "path", "/spec/selector")));
        ((Map<String, Object>) deployment.get("spec")).put("selector", null);

        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("/spec", "selector", "[required]");
    }

    @Test
    void aKindWithNoVendoredSchemaIsRefusedRatherThanLetThroughUnchecked() {
        Map<String, Object> widget = Map.of("apiVersion", "example.org/v1", "kind", "Widget", "metadata", Map.of("name", "w"));

        assertThat(SCHEMAS.violations(widget)).singleElement().asString().contains("example.org/v1 Widget w",
                "no vendored schema for example.org/v1/Widget", "sources.tsv");
    }

    @Test
    void everyKindTheOverlaysUseOrAreAboutToUseHasItsSchema() {
        assertThat(SCHEMAS.kinds()).containsAll(EXPECTED);
    }

    @Test
    void theOnlyKindsLeftUncheckedAreThoseWhoseSchemaCouldNotBeVendored() {
        assertThat(SCHEMAS.kinds()).doesNotContainAnyElementsOf(NOT_VENDORED.keySet());
    }

    private static void check(Path where, List<Map<String, Object>> objects, List<String> violations) {
        objects.stream().filter(o -> !NOT_VENDORED.containsKey(type(o)))
                .forEach(o -> SCHEMAS.violations(o).forEach(v -> violations.add(where + ": " + v)));
    }

    private static Map<String, Object> object(String kind, String name) throws Exception {
        return Kustomize.build(Manifests.ROOT.resolve("k8s/overlays/dev")).stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(Kustomize.name(o))).findFirst().map(Kustomize::copy)
                .orElseThrow(() -> new AssertionError("the dev overlay has no " + kind + " " + name));
    }

    private static String type(Map<String, Object> o) {
        return o.get("apiVersion") + "/" + o.get("kind");
    }
}
