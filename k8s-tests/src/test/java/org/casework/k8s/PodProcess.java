package org.casework.k8s;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Deployment's container started as its pod would run it, from its {@link PodModel}: the launcher's
 * java command and the pod's environment only, as the pod's user, in a mount namespace of its own where
 * every file system is read-only but the manifest's emptyDir mounts (readOnlyRootFilesystem), and the
 * image's {@code /deployments} is the module's packaged application.
 *
 * <p>Three things differ from a cluster, and only in where things are: the pod has a loopback address of
 * its own instead of a network namespace (so "all interfaces", 0.0.0.0, becomes that address),
 * cluster addresses in its settings lead to this machine ({@link ClusterAddresses}), and a Secret volume's
 * files are in a read-only directory of the pod's, which the settings naming them are pointed to.
 */
final class PodProcess implements AutoCloseable {

    private static final String MOUNTS = """
            set -e
            mount --make-rprivate /
            while [ "$1" != "--" ]; do mount --bind "$1" "$2"; shift 2; done; shift
            awk '{print $2}' /proc/self/mounts | while read -r mp; do
              case "$mp" in /proc*|/sys*|/dev*) continue;; esac
              if ! grep -qx "$mp" "$WRITABLE"; then mount -o remount,bind,ro "$mp"; fi
            done
            unset WRITABLE
            cd "$WORKDIR"; unset WORKDIR
            exec setpriv --reuid="$RUN_AS" --regid="$RUN_AS" --clear-groups "$@"
            """;

    final PodModel pod;
    final String address;
    final Path log;
    /** When the container started (System.nanoTime): the kubelet counts its startup probe's budget from then. */
    final long startedAtNanos = System.nanoTime();
    private final Process process;

    private PodProcess(PodModel pod, String address, Path log, Process process) {
        this.pod = pod;
        this.address = address;
        this.log = log;
        this.process = process;
    }

    /**
     * @param work a directory the pod's user can traverse (its packaged application is mounted there)
     * @param logs where the container's output goes
     */
    static PodProcess start(PodModel pod, String address, ClusterAddresses cluster, Path work, Path logs, long runAsUser)
            throws IOException {
        Path root = Files.createDirectories(work.resolve(pod.process()));
        Path deployments = Files.createDirectories(root.resolve("deployments"));
        Map<String, String> binds = new LinkedHashMap<>();
        binds.put(pod.image().deployments().toString(), deployments.toString());
        for (int i = 0; i < pod.writablePaths().size(); i++) {
            Path volume = Files.createDirectories(root.resolve("volume-" + i));
            Files.setPosixFilePermissions(volume, PosixFilePermissions.fromString("rwxrwxrwx"));
            binds.put(volume.toString(), pod.writablePaths().get(i));
        }
        // the mounts that stay writable; everything else, the packaged application too, is remounted read-only
        Path bindList = Files.writeString(root.resolve("writable"), String.join("\n", pod.writablePaths()) + "\n");
        ContainerImage image = new ContainerImage(pod.image().env(), pod.image().user(), pod.image().exposedPorts(), deployments);

        // each Secret volume's files, in a directory of the pod's that is remounted read-only with the rest; a setting
        // naming a file under its mount path names the same file there (where it is, as with addresses, differs)
        Map<String, String> mounted = new LinkedHashMap<>();
        int secretVolume = 0;
        for (var mount : pod.secretFiles().entrySet()) {
            Path dir = Files.createDirectories(root.resolve("secret-" + secretVolume++));
            for (var file : mount.getValue().entrySet()) {
                Files.setPosixFilePermissions(Files.writeString(dir.resolve(file.getKey()), file.getValue()),
                        PosixFilePermissions.fromString("rw-r--r--"));
            }
            mounted.put(mount.getKey() + "/", dir + "/");
        }
        Map<String, String> env = new LinkedHashMap<>();
        pod.env().forEach((k, v) -> {
            String value = ClusterAddresses.isAddress(v) ? cluster.resolve(v) : v;
            for (var m : mounted.entrySet()) {
                value = value.replace(m.getKey(), m.getValue());
            }
            env.put(k, value);
        });
        List<String> java = new ArrayList<>(image.command(env, pod.memoryLimitBytes(), pod.cpuLimit()).stream()
                .map(o -> o.equals("-Dquarkus.http.host=0.0.0.0") ? "-Dquarkus.http.host=" + address : o).toList());
        env.merge("QUARKUS_HTTP_HOST", address, (given, mine) -> given.equals("0.0.0.0") ? mine : given);

        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "sh", "-c", MOUNTS, "pod"));
        binds.forEach((from, to) -> command.addAll(List.of(from, to)));
        command.add("--");
        command.addAll(java);
        Path log = Files.createDirectories(logs).resolve(pod.process() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().putAll(env);
        builder.environment().put("WRITABLE", bindList.toString());
        builder.environment().put("WORKDIR", deployments.toString());
        builder.environment().put("RUN_AS", String.valueOf(runAsUser));
        return new PodProcess(pod, address, log, builder.start());
    }

    /** Fails when the pod's port is held on all of this machine's addresses, which would hide the pod's own. */
    static void checkFree(String address, int port) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new IOException("port " + port + " cannot be bound on " + address + " (another process listens on it on all "
                    + "addresses?): the pod could not listen on its container port", e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The container's exit status once it ends (an init container must end, with 0); empty if it still runs after {@code timeout}. */
    java.util.OptionalInt awaitExit(java.time.Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
                : java.util.OptionalInt.empty();
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
