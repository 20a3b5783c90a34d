package org.vre.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.engine.JobRequest;

/**
 * A run's workspace mirrored in a folder on a login node ({@code ROOT/RUN/workspace}, logs in {@code ROOT/RUN/logs})
 * through the cluster shell with {@code tar}: before each job the files changed here since the last exchange go
 * there, after it the files the job changed there come back. Deleted files are not propagated.
 */
public final class RemoteWorkspace implements Staging {

    private final ClusterShell shell;
    private final String root;
    private final Map<String, RunMirror> mirrors = new ConcurrentHashMap<>();

    /** @param root the folder on the login node (relative paths are under the login's home) */
    public RemoteWorkspace(ClusterShell shell, String root) {
        this.shell = shell;
        this.root = root.startsWith("~/") ? root.substring(2) : root;
    }

    /** What each side had at the last exchange: path to "size mtime", as that side reports it. */
    private static final class RunMirror {
        String absoluteRoot;
        final Map<String, String> local = new HashMap<>();
        final Map<String, String> remote = new HashMap<>();
    }

    @Override
    public Placement before(JobRequest request) {
        RunMirror mirror = mirrors.computeIfAbsent(request.runId(), id -> new RunMirror());
        synchronized (mirror) {
            if (mirror.absoluteRoot == null) {
                String run = (root.isEmpty() ? "." : root) + "/" + request.runId();
                ClusterShell.Result made = shell.run("mkdir -p " + ClusterShell.quote(run + "/workspace") + " "
                        + ClusterShell.quote(run + "/logs") + " && cd " + ClusterShell.quote(run) + " && pwd");
                if (!made.ok()) {
                    throw new VreException(shell.describe() + ": cannot create the run folder " + run + ": "
                            + made.problem());
                }
                mirror.absoluteRoot = made.out().strip();
            }
            Placement placement = placement(mirror);
            Map<String, String> here = localFiles(request.workspace());
            List<String> changed = here.entrySet().stream()
                    .filter(e -> !e.getValue().equals(mirror.local.get(e.getKey()))).map(Map.Entry::getKey).sorted()
                    .toList();
            if (!changed.isEmpty()) {
                String unpack = "tar -C " + ClusterShell.quote(placement.workspace()) + " -xf -";
                ClusterShell.Result[] result = new ClusterShell.Result[1];
                LocalTar.pack(request.workspace(), changed, archive -> result[0] = shell.run(unpack, archive, null));
                if (!result[0].ok()) {
                    throw new VreException(shell.describe() + ": cannot copy the workspace to "
                            + placement.workspace() + ": " + result[0].problem());
                }
            }
            mirror.local.clear();
            mirror.local.putAll(here);
            mirror.remote.clear();
            mirror.remote.putAll(remoteFiles(placement.workspace()));
            return placement;
        }
    }

    @Override
    public void after(JobRequest request, Placement placement) {
        RunMirror mirror = mirrors.get(request.runId());
        synchronized (mirror) {
            Map<String, String> there = remoteFiles(placement.workspace());
            List<String> changed = there.entrySet().stream()
                    .filter(e -> !e.getValue().equals(mirror.remote.get(e.getKey()))).map(Map.Entry::getKey).sorted()
                    .toList();
            if (!changed.isEmpty()) {
                String pack = "cd " + ClusterShell.quote(placement.workspace()) + " && tar --null -T - -cf -";
                byte[] names = String.join("\0", changed).concat("\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                LocalTar.unpack(request.workspace(), archive -> {
                    ClusterShell.Result result = shell.run(pack, new java.io.ByteArrayInputStream(names), archive);
                    if (!result.ok()) {
                        throw new VreException(shell.describe() + ": cannot copy the job's files back from "
                                + placement.workspace() + ": " + result.problem());
                    }
                });
            }
            mirror.remote.clear();
            mirror.remote.putAll(there);
            mirror.local.clear();
            mirror.local.putAll(localFiles(request.workspace()));
        }
    }

    private static Placement placement(RunMirror mirror) {
        return new Placement(mirror.absoluteRoot + "/workspace", mirror.absoluteRoot + "/logs");
    }

    private static Map<String, String> localFiles(Path workspace) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(workspace, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    files.put(workspace.relativize(file).toString(), a.size() + " " + a.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new VreException("cannot list the workspace " + workspace + ": " + e.getMessage());
        }
        return files;
    }

    private Map<String, String> remoteFiles(String workspace) {
        ClusterShell.Result listing = shell.run("cd " + ClusterShell.quote(workspace)
                + " && find . -type f -printf '%s %T@ %P\\n'");
        if (!listing.ok()) {
            throw new VreException(shell.describe() + ": cannot list " + workspace + ": " + listing.problem());
        }
        Map<String, String> files = new HashMap<>();
        List<String> lines = new ArrayList<>(listing.out().lines().toList());
        for (String line : lines) {
            int first = line.indexOf(' ');
            int second = line.indexOf(' ', first + 1);
            if (first > 0 && second > first) {
                files.put(line.substring(second + 1), line.substring(0, second));
            }
        }
        return files;
    }
}
