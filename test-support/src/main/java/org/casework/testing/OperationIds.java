package org.casework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published operation ids, {@code docs/openapi-operation-ids.txt}: a section per service
 * ({@code [case-service]}), then one operation a line, method, path and operationId.
 */
public final class OperationIds {

    /** One listed operation. */
    public record Listed(String method, String path, String operationId) {

        @Override
        public String toString() {
            return method + " " + path + " " + operationId;
        }

        /** platform's audit operations, served alike by every service under the same ids. */
        public boolean sharedAudit() {
            return path.equals("/audit") || path.startsWith("/audit/");
        }
    }

    private OperationIds() {
    }

    /** The file in this checkout: tests run in their module's directory, one below the root. */
    public static Path file() {
        return Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/openapi-operation-ids.txt");
    }

    /** Each service's listed operations, in the file's order. */
    public static Map<String, List<Listed>> read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What keeps the ids from naming operations unambiguously across the suite: an id twice in one
     * service, an id naming two operations, or an id in two services for anything but a shared audit
     * operation. Empty when there is nothing wrong.
     */
    public static List<String> collisions(Map<String, List<Listed>> sections) {
        Map<String, List<String>> servicesOf = new TreeMap<>();
        Map<String, Set<String>> operationsOf = new TreeMap<>();
        Map<String, Boolean> auditOf = new TreeMap<>();
        sections.forEach((service, listed) -> listed.forEach(l -> {
            servicesOf.computeIfAbsent(l.operationId(), id -> new ArrayList<>()).add(service);
            operationsOf.computeIfAbsent(l.operationId(), id -> new TreeSet<>()).add(l.method() + " " + l.path());
            auditOf.merge(l.operationId(), l.sharedAudit(), Boolean::logicalAnd);
        }));
        List<String> problems = new ArrayList<>();
        servicesOf.forEach((id, services) -> {
            Set<String> distinct = new TreeSet<>(services);
            if (services.size() != distinct.size()) {
                problems.add(id + " twice in one service: " + services);
            }
            if (operationsOf.get(id).size() > 1) {
                problems.add(id + " names several operations: " + operationsOf.get(id));
            }
            if (distinct.size() > 1 && !auditOf.get(id)) {
                problems.add(id + " in " + distinct);
            }
        });
        return problems;
    }

    static Map<String, List<Listed>> parse(List<String> lines) {
        Map<String, List<Listed>> sections = new LinkedHashMap<>();
        List<Listed> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), s -> new ArrayList<>());
                continue;
            }
            String[] parts = line.split("\\s+");
            if (current == null || parts.length != 3) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected METHOD /path operationId under a "
                        + "[service] heading, not: " + line);
            }
            current.add(new Listed(parts[0], parts[1], parts[2]));
        }
        return sections;
    }
}
