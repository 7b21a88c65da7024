package org.casework.k8s;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which Secrets, and which of their keys, an overlay's objects read, wherever the reading is written: an env
 * {@code secretKeyRef}, {@code envFrom.secretRef} (every key: "*"), a {@code secret} volume (its items, or "*"),
 * CloudNativePG's {@code passwordSecret} and {@code bootstrap.initdb.secret} (username and password), Keycloak's
 * {@code db.usernameSecret}/{@code passwordSecret} and the realm import's {@code placeholders} ({@code {name, key}}).
 * A reference that names another namespace (Kyverno's public key Secret) is not the overlay's.
 */
final class SecretReads {

    private SecretReads() {
    }

    static Map<String, Set<String>> in(Iterable<Map<String, Object>> objects) {
        Map<String, Set<String>> read = new TreeMap<>();
        objects.forEach(o -> walk(o, read));
        return read;
    }

    /** The Secrets CloudNativePG reads as a role's credentials. */
    static Set<String> databaseRoles(Iterable<Map<String, Object>> objects) {
        Set<String> roles = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            if ("Cluster".equals(o.get("kind")) || "Keycloak".equals(o.get("kind"))) {
                Map<String, Set<String>> read = new TreeMap<>();
                walk(o, read);
                roles.addAll(read.keySet());
            }
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, Map<String, Set<String>> read) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> v) {
                    Map<String, Object> ref = (Map<String, Object>) v;
                    switch (key) {
                        // the Barman Cloud plugin's ObjectStore reads the object store's key pair from a Secret
                        case "secretKeyRef", "usernameSecret", "accessKeyId", "secretAccessKey" -> add(read, ref.get("name"), ref.get("key"));
                        case "passwordSecret" -> add(read, ref.get("name"), ref.get("key") != null ? ref.get("key") : "password");
                        case "secretRef" -> add(read, ref.get("name"), "*");
                        case "secret" -> {
                            if (ref.get("namespace") != null) {
                                // another namespace's (Kyverno's key for the image signatures): not this overlay's to make
                            } else if (ref.get("secretName") != null) {
                                Object items = ref.get("items");
                                if (items instanceof Iterable<?> list) {
                                    list.forEach(i -> add(read, ref.get("secretName"), ((Map<String, Object>) i).get("key")));
                                } else {
                                    add(read, ref.get("secretName"), "*");
                                }
                            } else if (ref.get("key") != null) {
                                add(read, ref.get("name"), ref.get("key")); // a realm import placeholder
                            } else if (ref.get("name") != null) {
                                add(read, ref.get("name"), "username"); // CloudNativePG's bootstrap owner
                                add(read, ref.get("name"), "password");
                            }
                        }
                        default -> {
                        }
                    }
                }
                walk(value, read);
            });
        } else if (node instanceof Iterable<?> list) {
            list.forEach(item -> walk(item, read));
        }
    }

    private static void add(Map<String, Set<String>> read, Object name, Object key) {
        if (name != null && key != null) {
            read.computeIfAbsent((String) name, n -> new TreeSet<>()).add((String) key);
        }
    }
}
