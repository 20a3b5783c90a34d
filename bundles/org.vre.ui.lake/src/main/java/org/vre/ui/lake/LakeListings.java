package org.vre.ui.lake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.vre.lake.Did;

/**
 * What one showing of the lake tree has read: the children of each row, the rows being read, the files' states.
 * {@link LakeTreeContent#show} starts a new instance; a job still reading for an earlier showing (another lake, or
 * before a refresh) writes into the instance it started with, so it can never mix old rows into the current tree.
 * Written by jobs, read on the UI thread.
 */
final class LakeListings {

    private final Map<LakeNode, Object[]> loaded = new ConcurrentHashMap<>();
    private final Set<LakeNode> loading = ConcurrentHashMap.newKeySet();
    /** Rows asked for again while being read: the read in flight may predate the change that asked. */
    private final Set<LakeNode> stale = ConcurrentHashMap.newKeySet();
    private final Map<Did, String> fileStates = new ConcurrentHashMap<>();

    /** The children read for {@code parent}, null when not read yet. */
    Object[] rows(LakeNode parent) {
        return loaded.get(parent);
    }

    boolean isLoaded(LakeNode parent) {
        return loaded.containsKey(parent);
    }

    /**
     * Whether the caller should start reading {@code parent}; false when it is being read already, and then the
     * read in flight reads it once more when it ends ({@link #put} says so).
     */
    boolean startLoading(LakeNode parent) {
        if (loading.add(parent)) {
            return true;
        }
        stale.add(parent);
        return false;
    }

    /** Keeps rows read for {@code parent}; after the last ones, true when it must be read again. */
    boolean put(LakeNode parent, Object[] rows, boolean complete) {
        loaded.put(parent, rows);
        if (!complete) {
            return false;
        }
        // in this order: a reload asked for between the two lines starts a read of its own
        loading.remove(parent);
        return stale.remove(parent);
    }

    /** Replaces the rows of {@code parent} if they are still {@code before} (a reload may have come meanwhile). */
    void replace(LakeNode parent, Object[] before, Object[] after) {
        loaded.replace(parent, before, after);
    }

    boolean isLoading() {
        return !loading.isEmpty();
    }

    List<LakeNode> parents() {
        return List.copyOf(loaded.keySet());
    }

    void forEach(BiConsumer<LakeNode, Object[]> action) {
        loaded.forEach(action);
    }

    boolean anyLongerThan(int limit) {
        return loaded.values().stream().anyMatch(rows -> rows.length > limit);
    }

    String fileState(Did file) {
        return fileStates.get(file);
    }

    void addFileStates(Map<Did, String> states) {
        fileStates.putAll(states);
    }
}
