package org.casework.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference as a container runtime reads it: {@code name[:tag][@sha256:<64 hex>]}. Only a digest pins an
 * image: a tag, however precise it looks ({@code :1.0.0}, {@code :15.14}), is a label the registry lets anyone with
 * push rights move to other bytes, so it says nothing about what was scanned and signed.
 */
record ImageReference(String name, Optional<String> tag, Optional<String> digest) {

    /** A digest the release step has not written yet (docs/deploy.md, "Supply chain and secrets"). */
    static final String PLACEHOLDER_DIGEST = "sha256:" + "0".repeat(64);
    private static final Pattern FORM = Pattern.compile("([^@\\s]+?)(?::([A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?");

    static ImageReference parse(String reference) {
        Matcher m = FORM.matcher(reference == null ? "" : reference);
        if (!m.matches() || m.group(1).endsWith("/") || m.group(1).contains("@")) {
            throw new IllegalArgumentException("not an image reference: " + reference);
        }
        return new ImageReference(m.group(1), Optional.ofNullable(m.group(2)), Optional.ofNullable(m.group(3)));
    }

    /** Whether {@code reference} names one image's bytes: a well-formed sha256 digest, with or without a tag. */
    static boolean isPinnedByDigest(String reference) {
        try {
            return parse(reference).digest().isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Every image reference in an overlay's objects, wherever it is: the {@code image} of any object (containers at
     * any depth, the operators' {@code spec.image}, Strimzi's {@code spec.kafka.image}) and CloudNativePG's
     * {@code imageName}. Walking every field rather than the fields one knows means a new operated image cannot escape.
     */
    static List<String> in(List<Map<String, Object>> objects) {
        List<String> found = new ArrayList<>();
        objects.forEach(o -> collect(o, found));
        return found;
    }

    private static void collect(Object node, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("image".equals(key) || "imageName".equals(key)) && value instanceof String s) {
                    found.add(s);
                } else {
                    collect(value, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, found));
        }
    }
}
