package org.casework.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

/**
 * What a packaged application can answer, read from the classes it was built with (its
 * own jar and the project's modules among its libraries): every Jakarta REST resource method as
 * "METHOD /path", every reactive route, and every observer of the Vert.x router (which can register
 * paths no annotation shows). A packaged Quarkus application has no list of its routes at run time
 * outside dev mode, and its OpenAPI document is built from the same classes, so an operation hidden
 * from that document ({@code @Operation(hidden = true)}, a filter, a scan exclusion, a route of its
 * own) still shows up here.
 */
final class RegisteredRoutes {

    record Scan(Set<String> operations, Set<String> routerObservers, List<String> unresolved) {
    }

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName REST_CLIENT = DotName.createSimple("org.eclipse.microprofile.rest.client.inject.RegisterRestClient");
    private static final DotName REACTIVE_ROUTE = DotName.createSimple("io.quarkus.vertx.web.Route");
    private static final DotName OBSERVES = DotName.createSimple("jakarta.enterprise.event.Observes");
    private static final DotName ROUTER = DotName.createSimple("io.vertx.ext.web.Router");

    private RegisteredRoutes() {
    }

    static Scan of(Path build) throws IOException {
        Index index = index(build);
        Set<String> operations = new TreeSet<>();
        List<String> unresolved = new ArrayList<>();
        for (String method : HTTP_METHODS) {
            for (AnnotationInstance a : index.getAnnotations(DotName.createSimple("jakarta.ws.rs." + method))) {
                MethodInfo m = a.target().asMethod();
                ClassInfo c = m.declaringClass();
                if (c.hasDeclaredAnnotation(REST_CLIENT)) {
                    continue; // a client of another service, not something this one answers
                }
                AnnotationInstance classPath = c.declaredAnnotation(PATH);
                if (classPath == null) {
                    unresolved.add(c.name() + "." + m.name() + " (a resource method in a class without @Path: a sub-resource?)");
                    continue;
                }
                AnnotationInstance methodPath = m.declaredAnnotation(PATH);
                operations.add(method + " " + join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString()));
            }
        }
        for (AnnotationInstance a : index.getAnnotations(REACTIVE_ROUTE)) {
            unresolved.add(a.target() + " (a reactive route: give it a documented operation or remove it)");
        }
        Set<String> observers = new TreeSet<>();
        for (AnnotationInstance a : index.getAnnotations(OBSERVES)) {
            if (a.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.METHOD_PARAMETER) {
                MethodParameterInfo p = a.target().asMethodParameter();
                if (p.type().name().equals(ROUTER)) {
                    observers.add(p.method().declaringClass().name().toString());
                }
            }
        }
        return new Scan(operations, observers, unresolved);
    }

    /** "/cases" + "/{id: [0-9a-f-]+}/findings" → "/cases/{id}/findings", the OpenAPI spelling. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        joined = joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The application's own jar ({@code app/}) and the project's modules it was built with ({@code lib/main/org.casework.*}). */
    private static Index index(Path build) throws IOException {
        Indexer indexer = new Indexer();
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> app = Files.list(build.resolve("app")); Stream<Path> lib = Files.list(build.resolve("lib/main"))) {
            jars.addAll(app.filter(f -> f.toString().endsWith(".jar")).sorted().toList());
            jars.addAll(lib.filter(f -> f.getFileName().toString().startsWith("org.casework.")).sorted().toList());
        }
        if (jars.size() < 2) {
            throw new IllegalStateException("expected the application's jar and the platform's in " + build + ": " + jars);
        }
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        indexer.index(in);
                    }
                }
            }
        }
        return indexer.complete();
    }
}
