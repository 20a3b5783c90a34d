package org.vre.lake;

import java.util.List;

/** What a reaper pass did: replicas removed, and those whose deletion failed (left in place, with the reason). */
public record ReapResult(int deleted, long bytesFreed, List<String> failures) {
}
