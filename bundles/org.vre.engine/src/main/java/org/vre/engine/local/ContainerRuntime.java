package org.vre.engine.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A container runtime that really answers: its client is on the PATH and {@code <client> info} succeeds (a docker
 * client without a daemon does not). {@link #detect} also says why none was found, for the run's log.
 *
 * @param environment variables every call of the client gets (e.g. podman's {@code CONTAINERS_CONF} on a host that
 *                    needs its own runtime settings)
 */
public record ContainerRuntime(String name, Path client, Map<String, String> environment) {

    public ContainerRuntime {
        environment = Map.copyOf(environment);
    }

    /** The result of looking for a runtime: the runtime, or the reasons there is none. */
    public record Detection(Optional<ContainerRuntime> runtime, String note) {
    }

    public static Detection detect(List<String> candidates, String path) {
        return detect(candidates, path, Map.of());
    }

    public static Detection detect(List<String> candidates, String path, Map<String, String> environment) {
        List<String> reasons = new ArrayList<>();
        for (String name : candidates) {
            Optional<Path> client = onPath(name, path);
            if (client.isEmpty()) {
                reasons.add(name + ": not installed");
                continue;
            }
            String answer = run(List.of(client.get().toString(), "info"), environment, 15);
            if (answer == null) {
                return new Detection(Optional.of(new ContainerRuntime(name, client.get(), environment)), name + " answers");
            }
            reasons.add(name + ": " + answer);
        }
        return new Detection(Optional.empty(), "no container runtime answers (" + String.join("; ", reasons) + ")");
    }

    /** True when the runtime has {@code image} locally (we never pull during a run). */
    public boolean hasImage(String image) {
        return run(List.of(client.toString(), "image", "inspect", image), environment, 30) == null;
    }

    static Optional<Path> onPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Null when the command succeeds, else the last line of what it said. */
    private static String run(List<String> command, Map<String, String> environment, int seconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process p = builder.start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "no answer within " + seconds + " s";
            }
            if (p.exitValue() == 0) {
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            String first = text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("exit code " + p.exitValue());
            return first.length() > 200 ? first.substring(0, 200) + "..." : first;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
