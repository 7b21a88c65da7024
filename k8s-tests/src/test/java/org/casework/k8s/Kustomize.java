package org.casework.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The part of kustomize that {@code k8s/} uses, in Java, so the manifests are built and checked on a
 * machine with only Java: {@code resources} (files and directories), {@code components}, and
 * {@code patches} (strategic-merge patches, merging lists of named items by name, and JSON 6902 patches
 * with a target). {@code KustomizeBuildTest} checks it builds exactly what {@code kubectl kustomize}
 * builds wherever kubectl is installed; anything else in a kustomization is refused here.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> KNOWN = List.of("apiVersion", "kind", "resources", "components", "patches", "images");

    private Kustomize() {
    }

    /** The objects the kustomization in {@code dir} builds, in order. */
    static List<Map<String, Object>> build(Path dir) throws IOException {
        Map<String, Object> k = kustomization(dir);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : strings(k.get("resources"))) {
            Path p = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(p) ? build(p) : documents(p));
        }
        for (String component : strings(k.get("components"))) {
            Path c = dir.resolve(component).normalize();
            Map<String, Object> ck = kustomization(c);
            if (!"Component".equals(ck.get("kind"))) {
                throw new IllegalArgumentException(c + " is not a Component");
            }
            for (String resource : strings(ck.get("resources"))) {
                objects.addAll(documents(c.resolve(resource)));
            }
            applyPatches(c, ck, objects);
        }
        applyPatches(dir, k, objects);
        applyImages(k, objects);
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static void applyImages(Map<String, Object> k, List<Map<String, Object>> objects) {
        for (Object entry : k.get("images") == null ? List.of() : (List<Object>) k.get("images")) {
            Map<String, String> image = (Map<String, String>) entry;
            objects.forEach(o -> setImages(o, image));
        }
    }

    @SuppressWarnings("unchecked")
    private static void setImages(Object node, Map<String, String> image) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("containers".equals(key) || "initContainers".equals(key)) && value instanceof List<?> containers) {
                    containers.stream().filter(c -> c instanceof Map<?, ?>).map(c -> (Map<String, Object>) c)
                            .forEach(c -> c.computeIfPresent("image", (x, ref) -> retagged((String) ref, image)));
                }
                setImages(value, image);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> setImages(item, image));
        }
    }

    /** {@code ref} with the entry's new name, tag or digest, if its name is the entry's. */
    private static String retagged(String ref, Map<String, String> image) {
        int at = ref.indexOf('@');
        String named = at < 0 ? ref : ref.substring(0, at);
        int colon = named.lastIndexOf(':');
        String name = colon > named.lastIndexOf('/') ? named.substring(0, colon) : named;
        if (!name.equals(image.get("name"))) {
            return ref;
        }
        String tag = colon > named.lastIndexOf('/') ? named.substring(colon) : "";
        String digest = at < 0 ? "" : ref.substring(at);
        if (image.get("newTag") != null) {
            tag = ":" + image.get("newTag");
        } else if (image.get("digest") != null) {
            tag = "";
        }
        if (image.get("digest") != null) {
            digest = "@" + image.get("digest");
        }
        return image.getOrDefault("newName", name) + tag + digest;
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> it = YAML.readerFor(new TypeReference<Map<String, Object>>() {
        }).readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kustomization(Path dir) throws IOException {
        Map<String, Object> k = YAML.readValue(dir.resolve("kustomization.yaml").toFile(), Map.class);
        for (String key : k.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml uses '" + key + "', which this builder does not know");
            }
        }
        return k;
    }

    @SuppressWarnings("unchecked")
    private static void applyPatches(Path dir, Map<String, Object> k, List<Map<String, Object>> objects) throws IOException {
        for (Object entry : k.get("patches") == null ? List.of() : (List<Object>) k.get("patches")) {
            Map<String, Object> p = (Map<String, Object>) entry;
            Map<String, Object> target = (Map<String, Object>) p.get("target");
            Object patch = p.containsKey("path") ? YAML.readValue(dir.resolve((String) p.get("path")).toFile(), Object.class)
                    : YAML.readValue((String) p.get("patch"), Object.class);
            if (patch instanceof List<?> ops) {
                Objects.requireNonNull(target, "a JSON 6902 patch needs a target");
                objects.stream().filter(o -> matches(o, target)).forEach(o -> JsonPatch.apply(o, (List<Map<String, Object>>) ops));
            } else if (p.containsKey("path")) {
                for (Map<String, Object> doc : documents(dir.resolve((String) p.get("path")))) {
                    Map<String, Object> t = target != null ? target : Map.of("kind", doc.get("kind"), "name", name(doc));
                    List<Map<String, Object>> hits = objects.stream().filter(o -> matches(o, t)).toList();
                    if (hits.isEmpty()) {
                        throw new IllegalArgumentException("patch " + p.get("path") + " matches nothing: " + t);
                    }
                    hits.forEach(o -> merge(o, doc));
                }
            } else {
                throw new IllegalArgumentException("unsupported patch " + p);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> o) {
        return (String) ((Map<String, Object>) o.get("metadata")).get("name");
    }

    private static boolean matches(Map<String, Object> o, Map<String, Object> target) {
        return (target.get("kind") == null || target.get("kind").equals(o.get("kind")))
                && (target.get("name") == null || target.get("name").equals(name(o)));
    }

    /** A strategic merge: maps merged key by key, lists of named maps merged by name, other lists replaced. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = into.get(key);
            if (value instanceof Map<?, ?> pm && current instanceof Map<?, ?> cm) {
                merge((Map<String, Object>) cm, (Map<String, Object>) pm);
            } else if (value instanceof List<?> pl && current instanceof List<?> cl && named(pl) && named(cl)) {
                List<Object> merged = new ArrayList<>(cl);
                for (Object item : pl) {
                    Map<String, Object> pi = (Map<String, Object>) item;
                    merged.stream().map(m -> (Map<String, Object>) m).filter(m -> m.get("name").equals(pi.get("name")))
                            .findFirst().ifPresentOrElse(m -> merge(m, pi), () -> merged.add(copy(pi)));
                }
                into.put(key, merged);
            } else {
                into.put(key, copy(value));
            }
        });
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, v) -> c.put((String) k, copy(v)));
            return (T) c;
        }
        if (value instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(v -> c.add(copy(v)));
            return (T) c;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }
}
