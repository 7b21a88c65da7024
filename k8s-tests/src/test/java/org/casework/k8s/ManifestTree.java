package org.casework.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code k8s/} holds that can reach a cluster: the kustomizations nothing else includes (the two overlays, and
 * any other, such as a restore applied by hand), and the YAML files no kustomization names (applied with
 * {@code kubectl apply -f}). Components, included resources and patches are reached through the roots.
 */
record ManifestTree(List<Path> roots, List<Path> standalone) {

    @SuppressWarnings("unchecked")
    static ManifestTree of(Path k8s) throws IOException {
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(k8s)) {
            yaml = walk.filter(f -> f.toString().matches(".*\\.ya?ml$")).map(Path::normalize).sorted().toList();
        }
        Set<Path> named = new HashSet<>();
        Set<Path> kustomizations = new HashSet<>();
        for (Path file : yaml.stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
            named.add(file);
            Map<String, Object> k = Kustomize.YAML.readValue(file.toFile(), Map.class);
            if ("Kustomization".equals(k.get("kind"))) {
                kustomizations.add(file.getParent());
            }
            for (String key : List.of("resources", "components")) {
                for (Object entry : (List<Object>) k.getOrDefault(key, List.of())) {
                    named.add(file.resolveSibling((String) entry).normalize());
                }
            }
            for (Object patch : (List<Object>) k.getOrDefault("patches", List.of())) {
                if (((Map<String, Object>) patch).get("path") instanceof String path) {
                    named.add(file.resolveSibling(path).normalize());
                }
            }
        }
        return new ManifestTree(kustomizations.stream().filter(dir -> !named.contains(dir)).sorted().toList(),
                yaml.stream().filter(f -> !named.contains(f)).toList());
    }
}
