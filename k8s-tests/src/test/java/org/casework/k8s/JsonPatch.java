package org.casework.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** RFC 6902 add, remove, replace and test, the operations the overlays use. */
final class JsonPatch {

    private JsonPatch() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> doc, List<Map<String, Object>> ops) {
        for (Map<String, Object> op : ops) {
            String path = (String) op.get("path");
            int cut = path.lastIndexOf('/');
            Object parent = resolve(doc, path.substring(0, cut));
            String last = unescape(path.substring(cut + 1));
            Object value = Kustomize.copy(op.get("value"));
            switch ((String) op.get("op")) {
                case "add" -> {
                    if (parent instanceof List<?> l) {
                        ((List<Object>) l).add(last.equals("-") ? l.size() : Integer.parseInt(last), value);
                    } else {
                        ((Map<String, Object>) parent).put(last, value);
                    }
                }
                case "remove" -> {
                    Object removed = parent instanceof List<?> l ? ((List<Object>) l).remove(Integer.parseInt(last))
                            : ((Map<String, Object>) parent).remove(last);
                    Objects.requireNonNull(removed, "nothing to remove at " + path);
                }
                case "replace" -> {
                    if (parent instanceof List<?> l) {
                        ((List<Object>) l).set(Integer.parseInt(last), value);
                    } else if (((Map<String, Object>) parent).put(last, value) == null) {
                        throw new IllegalArgumentException("nothing to replace at " + path);
                    }
                }
                case "test" -> {
                    Object actual = parent instanceof List<?> l ? l.get(Integer.parseInt(last)) : ((Map<String, Object>) parent).get(last);
                    if (!Objects.equals(actual, value)) {
                        throw new IllegalArgumentException("test failed at " + path + ": " + actual + " is not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unsupported op " + op);
            }
        }
    }

    private static Object resolve(Object doc, String pointer) {
        Object at = doc;
        if (pointer.isEmpty()) {
            return at;
        }
        for (String part : pointer.substring(1).split("/")) {
            String key = unescape(part);
            at = at instanceof List<?> l ? l.get(Integer.parseInt(key)) : ((Map<?, ?>) at).get(key);
            Objects.requireNonNull(at, "no " + pointer);
        }
        return at;
    }

    private static String unescape(String s) {
        return s.replace("~1", "/").replace("~0", "~");
    }
}
