package org.casework.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's image runs, read from its {@code src/main/docker/Dockerfile.jvm}: the environment it
 * sets, the user, the port it exposes, and where its files come from. Only the shape our Dockerfiles
 * have is understood (Red Hat's OpenJDK runtime with its {@code run-java.sh} entrypoint, the Quarkus
 * fast-jar copied from {@code target/quarkus-app} to {@code /deployments}); anything else is refused,
 * so a changed Dockerfile cannot be silently misread.
 */
record ContainerImage(Map<String, String> env, String user, List<Integer> exposedPorts, Path deployments) {

    /** The entrypoint modelled by {@link #command}: the runtime image's launcher script. */
    static final String RUN_JAVA = "/opt/jboss/container/java/run/run-java.sh";
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)");

    static ContainerImage of(Path module) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        List<Integer> exposed = new ArrayList<>();
        String user = null;
        String entrypoint = null;
        for (String line : Files.readAllLines(module.resolve("src/main/docker/Dockerfile.jvm"))) {
            String[] parts = line.trim().split("\\s+", 2);
            switch (parts[0]) {
                case "ENV" -> {
                    Matcher m = ASSIGNMENT.matcher(parts[1]);
                    while (m.find()) {
                        env.put(m.group(1), m.group(2).replaceAll("^[\"']|[\"']$", ""));
                    }
                }
                case "EXPOSE" -> exposed.add(Integer.parseInt(parts[1].replace("/tcp", "")));
                case "USER" -> user = parts[1];
                case "ENTRYPOINT" -> entrypoint = parts[1].replaceAll("[\\[\\]\" ]", "");
                case "COPY" -> {
                    String[] copy = parts[1].replaceAll("--chown=\\S+\\s+", "").split("\\s+");
                    if (!copy[0].startsWith("target/quarkus-app/") || !copy[1].startsWith("/deployments/")) {
                        throw new IllegalStateException(module + ": a COPY this test does not model: " + line);
                    }
                }
                default -> {
                    // FROM, comments, blank lines
                }
            }
        }
        if (!RUN_JAVA.equals(entrypoint)) {
            throw new IllegalStateException(module + ": the entrypoint " + entrypoint + " is not the one this test models");
        }
        return new ContainerImage(env, user, exposed, module.resolve("target/quarkus-app"));
    }

    /**
     * The command {@code run-java.sh} runs: {@code java $JAVA_OPTS $JAVA_OPTS_APPEND -jar $JAVA_APP_JAR}
     * (its generated GC and diagnostics options are left out: they do not change whether the application
     * starts). The container's memory and CPU limits are what the JVM would read from its cgroup.
     */
    List<String> command(Map<String, String> podEnv, long memoryLimitBytes, int cpuLimit) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxRAM=" + memoryLimitBytes, "-XX:ActiveProcessorCount=" + cpuLimit));
        for (String options : new String[] { podEnv.get("JAVA_OPTS"), podEnv.get("JAVA_OPTS_APPEND") }) {
            if (options != null && !options.isBlank()) {
                command.addAll(List.of(options.trim().split("\\s+")));
            }
        }
        command.add("-jar");
        command.add(inImage(podEnv.get("JAVA_APP_JAR")));
        return command;
    }

    /** A path inside the image as a path on this machine ({@code /deployments} is the module's quarkus-app). */
    String inImage(String path) {
        if (path == null || !path.startsWith("/deployments/")) {
            throw new IllegalStateException("not a path the image's COPY lines provide: " + path);
        }
        return deployments.resolve(path.substring("/deployments/".length())).toString();
    }
}
