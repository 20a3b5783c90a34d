package org.vre.ui.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.DidType;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.ScopeNode;

/**
 * Where dropped or chosen files go: a scope, and a dataset in it (null: no dataset). Folders become datasets named
 * after them when the target has none, else their files join the target's dataset.
 */
record UploadTarget(String scope, Did dataset) {

    /** The target a tree row stands for: a scope, a dataset, or the dataset (or scope) a file row lives in. */
    static UploadTarget of(Object node) {
        if (node instanceof ScopeNode scope) {
            return new UploadTarget(scope.name(), null);
        }
        if (node instanceof DidNode did) {
            if (did.details().type() == DidType.DATASET) {
                return new UploadTarget(did.did().scope(), did.did());
            }
            if (did.details().type() == DidType.FILE) {
                return of(did.parent());
            }
            throw new VreException(did.did() + " is a container: drop files on a dataset or a scope");
        }
        throw new VreException("drop files on a scope or a dataset of the lake");
    }

    /** Groups the files to send per dataset, walking folders (their regular files, at any depth). */
    Map<Did, List<Path>> plan(List<Path> paths) {
        Map<Did, List<Path>> plan = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Did folderDataset = dataset != null ? dataset : new Did(scope, datasetName(path));
                plan.computeIfAbsent(folderDataset, k -> new ArrayList<>()).addAll(filesIn(path));
            } else if (Files.isRegularFile(path)) {
                plan.computeIfAbsent(dataset, k -> new ArrayList<>()).add(path);
            } else {
                throw new VreException("upload: " + path + " is neither a file nor a folder");
            }
        }
        plan.values().removeIf(List::isEmpty);
        if (plan.isEmpty()) {
            throw new VreException("upload: no files in " + paths);
        }
        return plan;
    }

    /** A folder's name as a DID name: characters DIDs refuse become '_'. */
    static String datasetName(Path folder) {
        String name = folder.getFileName() == null ? "upload" : folder.getFileName().toString();
        String cleaned = name.replaceAll("[^A-Za-z0-9._\\-+=]", "_").replaceAll("^[^A-Za-z0-9]+", "");
        return cleaned.isEmpty() ? "upload" : cleaned;
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new VreException("upload: cannot read the folder " + folder + ": " + e.getMessage());
        }
    }
}
