package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * Backups of the database cluster (docs/deploy.md, "Backups and recovery"): production archives its WAL continuously
 * and takes base backups through the Barman Cloud plugin into an S3-compatible ObjectStore; development, which has
 * no object store, takes volume snapshots; {@code k8s/restore} recovers production's backups to a point in time
 * into a new cluster.
 */
class BackupTest {

    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    @Test
    void productionArchivesItsWalAndTakesNightlyBaseBackupsIntoItsOwnObjectStore() throws Exception {
        Manifests m = Manifests.of("production");
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        GenericKubernetesResource store = singleObjectStore(m);
        Map<String, Object> plugin = walArchiver(cluster);

        assertThat(store.getApiVersion()).isEqualTo("barmancloud.cnpg.io/v1");
        assertThat((String) store.get("spec", "configuration", "destinationPath")).startsWith("s3://");
        assertThat((String) store.get("spec", "configuration", "endpointURL")).as("the store is reached over TLS").startsWith("https://");
        assertThat((String) store.get("spec", "configuration", "serverName")).as("the plugin takes the server name from the Cluster").isNull();
        assertThat((String) store.get("spec", "retentionPolicy")).matches("[1-9][0-9]*[dwm]");
        for (String part : List.of("wal", "data")) {
            assertThat((String) store.get("spec", "configuration", part, "compression")).as(part).isIn("gzip", "bzip2", "snappy");
        }
        // the credentials are a Secret made at deploy time: named here, never written here
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            String secret = (String) store.get("spec", "configuration", "s3Credentials", key, "name");
            assertThat(secret).as(key).isNotBlank();
            assertThat((String) store.get("spec", "configuration", "s3Credentials", key, "key")).as(key).isNotBlank();
            assertThat(m.all(Secret.class)).noneMatch(s -> s.getMetadata().getName().equals(secret));
        }
        assertThat(parameters(plugin)).containsEntry("barmanObjectName", store.getMetadata().getName())
                .containsEntry("serverName", cluster.getMetadata().getName());
        assertThat((Object) cluster.get("spec", "backup", "barmanObjectStore")).as("the deprecated in-tree object store").isNull();

        GenericKubernetesResource scheduled = singleScheduledBackup(m, cluster);
        assertThat((String) scheduled.get("spec", "method")).isEqualTo("plugin");
        assertThat((String) scheduled.get("spec", "pluginConfiguration", "name")).isEqualTo(PLUGIN);
        assertThat((Boolean) scheduled.get("spec", "immediate")).as("a base backup as soon as the cluster exists").isTrue();
    }

    /** The RPO docs/deploy.md states for a restore from the object store is bounded by how long a WAL segment may wait. */
    @Test
    void aWalSegmentReachesTheArchiveWithinFiveMinutes() throws Exception {
        GenericKubernetesResource cluster = Manifests.of("production").operated("Cluster").get(0);
        String timeout = (String) cluster.get("spec", "postgresql", "parameters", "archive_timeout");
        assertThat(timeout).matches("[0-9]+min");
        assertThat(Duration.ofMinutes(Long.parseLong(timeout.replace("min", "")))).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void developmentHasNoObjectStoreAndTakesColdVolumeSnapshotsThroughANamedSnapshotClass() throws Exception {
        Manifests m = Manifests.of("dev");
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);

        assertThat(m.operated("ObjectStore")).isEmpty();
        assertThat((Object) cluster.get("spec", "plugins")).isNull();
        assertThat((String) cluster.get("spec", "backup", "volumeSnapshot", "className")).isNotBlank();
        GenericKubernetesResource scheduled = singleScheduledBackup(m, cluster);
        assertThat((String) scheduled.get("spec", "method")).isEqualTo("volumeSnapshot");
        // without a WAL archive an online snapshot could not be made consistent: the standby is stopped for it
        assertThat((Boolean) scheduled.get("spec", "online")).isFalse();
        assertThat((String) scheduled.get("spec", "target")).isEqualTo("prefer-standby");
    }

    @Test
    void theRestoreRecoversProductionsArchiveToAPointInTimeIntoANewClusterThatArchivesElsewhere() throws Exception {
        Manifests production = Manifests.of("production");
        GenericKubernetesResource original = production.operated("Cluster").get(0);
        List<Map<String, Object>> restore = Kustomize.build(Manifests.ROOT.resolve("k8s/restore"));
        GenericKubernetesResource cluster = restore.stream().filter(o -> "Cluster".equals(o.get("kind")))
                .map(o -> Kustomize.YAML.convertValue(o, GenericKubernetesResource.class)).findFirst().orElseThrow();

        assertThat(cluster.getMetadata().getName()).isNotEqualTo(original.getMetadata().getName());
        assertThat(cluster.getMetadata().getNamespace()).isEqualTo(original.getMetadata().getNamespace());
        String source = (String) cluster.get("spec", "bootstrap", "recovery", "source");
        Map<String, Object> external = KafkaTest.maps(cluster.get("spec", "externalClusters")).stream()
                .filter(e -> source.equals(e.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> from = (Map<String, Object>) external.get("plugin");
        Map<String, Object> originalArchive = parameters(walArchiver(original));
        assertThat(from.get("name")).isEqualTo(PLUGIN);
        assertThat(parameters(from)).as("reads what the original archived")
                .containsEntry("barmanObjectName", originalArchive.get("barmanObjectName"))
                .containsEntry("serverName", originalArchive.get("serverName"));
        assertThat(parameters(walArchiver(cluster)).get("serverName")).as("its own archive never overwrites the original's")
                .isNotEqualTo(originalArchive.get("serverName"));

        String target = (String) cluster.get("spec", "bootstrap", "recovery", "recoveryTarget", "targetTime");
        assertThat(OffsetDateTime.parse(target, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx"))).isNotNull();
        assertThat((String) cluster.get("spec", "imageName")).isEqualTo(original.get("spec", "imageName"));
        // a hot standby refuses to start with fewer connections than the primary whose WAL it replays
        assertThat(Integer.parseInt((String) cluster.get("spec", "postgresql", "parameters", "max_connections")))
                .isGreaterThanOrEqualTo(Integer.parseInt((String) original.get("spec", "postgresql", "parameters", "max_connections")));
        assertThat(restore).as("a NetworkPolicy lets the restored instances replicate and reach the store")
                .anySatisfy(o -> assertThat(Kustomize.YAML.valueToTree(o).at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText())
                        .isEqualTo(cluster.getMetadata().getName()));
    }

    /** Replacing a lost cluster: the same recovery under the original's name, archiving under a name of its own. */
    @Test
    void theInPlaceRecoveryTakesTheOriginalsNameButNeverItsArchive() throws Exception {
        GenericKubernetesResource original = Manifests.of("production").operated("Cluster").get(0);
        List<Map<String, Object>> inPlace = Kustomize.build(Manifests.ROOT.resolve("k8s/restore/in-place"));
        assertThat(inPlace).singleElement().satisfies(o -> assertThat(o.get("kind")).isEqualTo("Cluster"));
        GenericKubernetesResource cluster = Kustomize.YAML.convertValue(inPlace.get(0), GenericKubernetesResource.class);

        assertThat(cluster.getMetadata().getName()).isEqualTo(original.getMetadata().getName());
        assertThat((String) cluster.get("spec", "bootstrap", "recovery", "source")).isNotBlank();
        assertThat(parameters(walArchiver(cluster)).get("serverName")).isNotEqualTo(parameters(walArchiver(original)).get("serverName"));
    }

    @Test
    void theDeploymentGuideStatesTheRpoAndRtoAndTheRestoreSteps() throws Exception {
        String guide = Files.readString(Manifests.ROOT.resolve("docs/deploy.md"));
        int start = guide.indexOf("### Backups and recovery");
        assertThat(start).as("a section \"Backups and recovery\"").isNotNegative();
        int end = guide.indexOf("\n##", start + 1);
        String section = guide.substring(start, end < 0 ? guide.length() : end);
        assertThat(section).contains("RPO", "RTO", "k8s/restore", "k8s/restore/in-place", "targetTime");
    }

    private static GenericKubernetesResource singleObjectStore(Manifests m) {
        assertThat(m.operated("ObjectStore")).as(m + " ObjectStore").hasSize(1);
        return m.operated("ObjectStore").get(0);
    }

    private static GenericKubernetesResource singleScheduledBackup(Manifests m, GenericKubernetesResource cluster) {
        assertThat(m.operated("ScheduledBackup")).as(m + " ScheduledBackup").hasSize(1);
        GenericKubernetesResource scheduled = m.operated("ScheduledBackup").get(0);
        assertThat((String) scheduled.get("spec", "cluster", "name")).isEqualTo(cluster.getMetadata().getName());
        // CloudNativePG's schedule has six fields, seconds first: five would mean something else
        assertThat(((String) scheduled.get("spec", "schedule")).split(" ")).hasSize(6);
        return scheduled;
    }

    /** The Cluster's one plugin entry that archives its WAL: the Barman Cloud plugin's. */
    static Map<String, Object> walArchiver(GenericKubernetesResource cluster) {
        List<Map<String, Object>> plugins = KafkaTest.maps(cluster.get("spec", "plugins"));
        assertThat(plugins).as(cluster.getMetadata().getName() + " WAL archivers")
                .filteredOn(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))).singleElement()
                .satisfies(p -> assertThat(p.get("name")).isEqualTo(PLUGIN));
        return plugins.stream().filter(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Map<String, Object> plugin) {
        return (Map<String, Object>) plugin.get("parameters");
    }
}
