package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Two roles per service database (docs/security.md, "Database roles"): CloudNativePG creates the owner
 * (the database's owner, which runs the migrations) and an application role, each with its own Secret;
 * each API's pod migrates in an init container given the owner's credentials, and its service container
 * connects as the application role and is never given an owner's Secret.
 */
class DatabaseRolesTest {

    /** The API Deployments, the prefix of their database settings and the database they use. */
    static final Map<String, String> PREFIXES = Map.of("case-service", "CASES", "notice-service", "NOTICES",
            "representation-service", "REPRESENTATIONS", "notification-service", "NOTIFICATIONS");
    /** The init container that migrates an API's database. */
    static final String MIGRATE = "migrate";

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceConnectsAsAnApplicationRoleThatDoesNotOwnItsDatabaseAndItsInitContainerMigratesAsTheOwner(Manifests m) {
        Map<String, String> owners = owners(m);
        Map<String, String> roleOfSecret = rolesBySecret(m);
        for (var service : PREFIXES.entrySet()) {
            String prefix = service.getValue();
            Deployment d = deployment(m, service.getKey());
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            String database = databaseOf(m, service.getKey(), prefix);
            String owner = owners.get(database);
            assertThat(owner).as(m + " " + database + " has an owner").isNotNull();

            String appSecret = secretOf(c, prefix + "_DB_USER");
            assertThat(secretOf(c, prefix + "_DB_PASSWORD")).as(m + " " + service.getKey()).isEqualTo(appSecret);
            String appRole = roleOfSecret.get(appSecret);
            assertThat(appRole).as(m + " " + service.getKey() + ": " + appSecret + " is a managed role's Secret").isNotNull();
            assertThat(appRole).as(m + " " + service.getKey() + " connects as").isNotEqualTo(owner);
            assertThat(owners).as(m + " " + appRole + " owns no database").doesNotContainValue(appRole);
            assertThat(value(c, "QUARKUS_FLYWAY_MIGRATE_AT_START")).as(m + " " + service.getKey() + " migrates at start").isEqualTo("false");

            assertThat(PodModel.initContainersOf(d)).as(m + " " + service.getKey() + " init containers").extracting(Container::getName)
                    .containsExactly(MIGRATE);
            Container migrate = PodModel.initContainersOf(d).get(0);
            assertThat(migrate.getImage()).as(m + " " + service.getKey() + ": the migrations are the service's own").isEqualTo(c.getImage());
            assertThat(value(migrate, "QUARKUS_INIT_AND_EXIT")).as(m + " " + service.getKey() + " migration exits once done").isEqualTo("true");
            String ownerSecret = secretOf(migrate, prefix + "_DB_OWNER_USER");
            assertThat(secretOf(migrate, prefix + "_DB_OWNER_PASSWORD")).isEqualTo(ownerSecret);
            assertThat(roleOfSecret.get(ownerSecret)).as(m + " " + service.getKey() + ": Flyway migrates as").isEqualTo(owner);
            // the grants go to the role the service connects as (afterMigrate.sql's casework_app_role is the datasource's user)
            assertThat(secretOf(migrate, prefix + "_DB_USER")).as(m + " " + service.getKey() + ": the migration grants to").isEqualTo(appSecret);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @SuppressWarnings("unchecked")
    void theApplicationRolesHoldNoRoleAttributeAndAreMembersOfNoRole(Manifests m) {
        Map<String, String> owners = owners(m);
        for (Map<String, Object> role : managedRoles(m)) {
            String name = (String) role.get("name");
            if (owners.containsValue(name)) {
                continue;
            }
            assertThat(role.get("ensure")).as(name).isEqualTo("present");
            for (String attribute : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                assertThat(role.get(attribute)).as(m + " " + name + " " + attribute).isNotEqualTo(Boolean.TRUE);
            }
            assertThat((List<String>) role.get("inRoles")).as(m + " " + name + " is a member of").isNullOrEmpty();
        }
    }

    /** Database name → owner role, from the Cluster's bootstrap and the Database resources. */
    static Map<String, String> owners(Manifests m) {
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put((String) cluster.get("spec", "bootstrap", "initdb", "database"), (String) cluster.get("spec", "bootstrap", "initdb", "owner"));
        m.operated("Database").forEach(db -> owners.put((String) db.get("spec", "name"), (String) db.get("spec", "owner")));
        return owners;
    }

    /** Secret name → the role whose password it holds. */
    @SuppressWarnings("unchecked")
    static Map<String, String> rolesBySecret(Manifests m) {
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put((String) cluster.get("spec", "bootstrap", "initdb", "secret", "name"), (String) cluster.get("spec", "bootstrap", "initdb", "owner"));
        for (Map<String, Object> role : managedRoles(m)) {
            roles.put((String) ((Map<String, Object>) role.get("passwordSecret")).get("name"), (String) role.get("name"));
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> managedRoles(Manifests m) {
        return (List<Map<String, Object>>) m.operated("Cluster").get(0).get("spec", "managed", "roles");
    }

    private static Deployment deployment(Manifests m, String deployment) {
        return m.all(Deployment.class).stream().filter(x -> x.getMetadata().getName().equals(deployment)).findFirst().orElseThrow();
    }

    /** The database in the JDBC URL of the service's ConfigMap. */
    static String databaseOf(Manifests m, String service, String prefix) {
        String url = m.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(service)).findFirst().orElseThrow()
                .getData().get(prefix + "_DB_URL");
        return url.replaceAll("\\?.*$", "").replaceAll("^.*/", "");
    }

    private static String value(Container c, String variable) {
        return c.getEnv().stream().filter(v -> v.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + variable)).getValue();
    }

    private static String secretOf(Container c, String variable) {
        EnvVar e = c.getEnv().stream().filter(v -> v.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + variable));
        assertThat(e.getValueFrom()).as(variable).isNotNull();
        assertThat(e.getValueFrom().getSecretKeyRef()).as(variable + " from a Secret").isNotNull();
        assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(variable.endsWith("PASSWORD") ? "password" : "username");
        return e.getValueFrom().getSecretKeyRef().getName();
    }
}
