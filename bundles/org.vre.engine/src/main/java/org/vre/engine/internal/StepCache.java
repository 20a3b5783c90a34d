package org.vre.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vre.core.VreException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Results of steps, reusable by later runs: the key is the step's environment, its substituted commands and the
 * checksums of every file in the workspace before it ran; the entry holds the files the step created or changed.
 * Entries are written to a temporary folder and renamed, so a half-written entry is never used.
 */
public final class StepCache {

    private final Path root;

    public StepCache(Path root) {
        this.root = root;
    }

    public static String key(PlannedStep step, Map<String, String> workspaceBefore) {
        StringBuilder text = new StringBuilder();
        text.append("environment=").append(step.environment()).append('\n');
        for (PlannedStep.Combination c : step.combinations()) {
            text.append("combination").append(c.label()).append('\n');
            c.commands().forEach(cmd -> text.append("command=").append(cmd).append('\n'));
        }
        workspaceBefore.forEach((path, sha) -> text.append("input=").append(path).append(' ').append(sha).append('\n'));
        return FileChecksums.sha256(text.toString());
    }

    /** Copies a cached result into the workspace; false when there is none. */
    public boolean restore(String key, Path workspace) {
        Path entry = root.resolve(key);
        Path manifest = entry.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        JsonNode files = Json.read(manifest).path("files");
        for (JsonNode f : files) {
            String name = f.asText();
            FileTrees.copy(entry.resolve("files").resolve(name), workspace.resolve(name));
        }
        return true;
    }

    /** Stores the files that differ between the two snapshots. */
    public void store(String key, Path workspace, Map<String, String> before, Map<String, String> after) {
        Path entry = root.resolve(key);
        if (Files.exists(entry)) {
            return;
        }
        List<String> changed = new ArrayList<>();
        after.forEach((path, sha) -> {
            if (!sha.equals(before.get(path))) {
                changed.add(path);
            }
        });
        Path tmp = root.resolve(key + ".tmp-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
        try {
            Files.createDirectories(tmp.resolve("files"));
            for (String name : changed) {
                FileTrees.copy(workspace.resolve(name), tmp.resolve("files").resolve(name));
            }
            ObjectNode manifest = Json.MAPPER.createObjectNode();
            ArrayNode list = manifest.putArray("files");
            changed.forEach(list::add);
            Json.writeAtomically(tmp.resolve("manifest.json"), manifest);
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileTrees.deleteRecursively(tmp);
            if (!Files.exists(entry)) {
                throw new VreException("cannot store the step cache entry in " + root + ": " + e.getMessage());
            }
        }
    }
}
