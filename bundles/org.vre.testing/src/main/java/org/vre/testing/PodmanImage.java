package org.vre.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real podman with a local image imported from a Debian root file system that debootstrap builds, for tests of
 * jobs that run in containers. The image is built once per machine (podman keeps it) and holds a marker file the
 * host does not have, so a test can tell a job ran inside it.
 *
 * <p>This sandbox has no cgroup v2 delegation and refuses rlimit changes, so podman runs here with its own
 * settings ({@link #environment()}: a {@code containers.conf} choosing runc, the cgroupfs manager, the host
 * network and no default ulimits). On an ordinary machine podman needs none of them.
 */
public final class PodmanImage {

    public static final String IMAGE = "localhost/vre-test-debian:12";
    public static final String MARKER_PATH = "/vre-image-marker";
    public static final String MARKER_TEXT = "built by debootstrap for the VRE tests";

    private static final String CONFIG = """
            [containers]
            default_ulimits = []
            netns = "host"
            [engine]
            runtime = "runc"
            cgroup_manager = "cgroupfs"
            """;

    private final Map<String, String> environment;

    private PodmanImage(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Podman's settings for this machine and the image, built if podman does not have it yet. */
    public static synchronized PodmanImage debian(Path workDirectory) throws IOException {
        Path podman = Commands.require("podman", "podman runc");
        Commands.require("runc", "runc");
        Path config = Files.createDirectories(workDirectory).resolve("containers.conf");
        Files.writeString(config, CONFIG, StandardCharsets.UTF_8);
        Map<String, String> environment = Map.of("CONTAINERS_CONF", config.toString());
        if (run(List.of(podman.toString(), "image", "inspect", IMAGE), environment, null, 60) != 0) {
            build(podman, workDirectory, environment);
        }
        return new PodmanImage(environment);
    }

    /** Variables podman's client needs here (see the class comment). */
    public Map<String, String> environment() {
        return environment;
    }

    private static void build(Path podman, Path workDirectory, Map<String, String> environment) throws IOException {
        Path debootstrap = Commands.require("debootstrap", "debootstrap");
        Path rootfs = workDirectory.resolve("rootfs");
        Path log = workDirectory.resolve("debootstrap.log");
        if (run(List.of(debootstrap.toString(), "--variant=minbase", "bookworm", rootfs.toString(),
                "http://deb.debian.org/debian"), Map.of(), log, 600) != 0) {
            throw new IllegalStateException("debootstrap failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        Files.writeString(rootfs.resolve(MARKER_PATH.substring(1)), MARKER_TEXT + "\n", StandardCharsets.UTF_8);
        Path tar = workDirectory.resolve("rootfs.tar");
        Commands.run(null, "tar", "-C", rootfs.toString(), "-cf", tar.toString(), ".");
        Path importLog = workDirectory.resolve("import.log");
        if (run(List.of(podman.toString(), "import", tar.toString(), IMAGE), environment, importLog, 300) != 0) {
            throw new IllegalStateException("podman import failed:\n" + Files.readString(importLog, StandardCharsets.UTF_8));
        }
        Commands.run(null, "rm", "-rf", rootfs.toString(), tar.toString());
    }

    private static int run(List<String> command, Map<String, String> environment, Path log, int seconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + seconds + " s: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command));
        }
        return process.exitValue();
    }
}
