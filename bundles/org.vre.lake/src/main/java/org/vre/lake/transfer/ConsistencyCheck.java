package org.vre.lake.transfer;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.DeterministicPath;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageRegistry;

/**
 * Compares what an RSE's storage holds with what the catalogue says it holds (Rucio's auditor): lists the storage
 * below the protocol prefix, matches paths with the replicas, and checks sizes and, when asked, checksums (the
 * server's when it has them, else by reading the bytes). With {@code declareBad}, lost and corrupted replicas are
 * declared BAD so rules heal them from other copies.
 */
public final class ConsistencyCheck {

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;

    public ConsistencyCheck(CatalogService catalog, StorageRegistry storages, String account) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
    }

    public ConsistencyReport run(String rseName, boolean verifyChecksums, boolean declareBad, Progress progress) {
        Rse rse = catalog.rse(rseName);
        RseProtocol protocol = rse.protocols().stream()
                .filter(p -> p.readPriority() > 0 && storages.supports(p.scheme()))
                .min(java.util.Comparator.comparingInt(RseProtocol::readPriority))
                .orElseThrow(() -> new VreException("RSE " + rseName + " has no read protocol this client speaks ("
                        + storages.schemes() + ")"));
        URI root = protocol.pfn("");
        Storage storage = storages.storageFor(root);
        progress.begin("Checking " + rseName, -1);
        Map<String, StorageEntry> onStorage = listRecursively(storage, root, progress);
        int listed = onStorage.size();
        List<URI> dark = new ArrayList<>();
        List<ConsistencyReport.Problem> lost = new ArrayList<>();
        List<ConsistencyReport.Problem> corrupted = new ArrayList<>();
        long checked = 0;
        try (Stream<Replica> replicas = catalog.listReplicasOnRse(rseName)) {
            for (Replica replica : (Iterable<Replica>) replicas::iterator) {
                progress.checkCancelled();
                if (replica.state() != ReplicaState.AVAILABLE) {
                    onStorage.remove(relativePath(rse, replica)); // being copied or known bad: not dark
                    continue;
                }
                checked++;
                String path = relativePath(rse, replica);
                URI pfn = protocol.pfn(path);
                StorageEntry entry = onStorage.remove(path);
                progress.subTask(replica.did().toString());
                if (entry == null) {
                    lost.add(new ConsistencyReport.Problem(replica.did(), pfn, "missing on storage"));
                    continue;
                }
                String problem = compare(storage, pfn, entry, replica, verifyChecksums, progress);
                if (problem != null) {
                    corrupted.add(new ConsistencyReport.Problem(replica.did(), pfn, problem));
                }
                progress.worked(1);
            }
        }
        onStorage.values().forEach(e -> dark.add(e.uri()));
        dark.sort(null);
        if (declareBad) {
            for (ConsistencyReport.Problem p : lost) {
                catalog.declareBad(account, rseName, p.did(), "consistency check: " + p.reason());
            }
            for (ConsistencyReport.Problem p : corrupted) {
                catalog.declareBad(account, rseName, p.did(), "consistency check: " + p.reason());
            }
        }
        catalog.recordEvent(account, "rse.check", rseName,
                lost.isEmpty() && corrupted.isEmpty() ? org.vre.lake.LakeEvent.Outcome.OK : org.vre.lake.LakeEvent.Outcome.FAILED,
"files=" + listed + " dark=" + dark.size() + " lost=" + lost.size() + " corrupted="
                        + corrupted.size());
        return new ConsistencyReport(rseName, root, listed, checked, dark, lost, corrupted);
    }

    private static String relativePath(Rse rse, Replica replica) {
        return replica.path() != null ? replica.path() : DeterministicPath.of(replica.did());
    }

    private static String compare(Storage storage, URI pfn, StorageEntry entry, Replica replica, boolean verifyChecksums,
            Progress progress) {
        if (replica.bytes() != null && entry.size() >= 0 && entry.size() != replica.bytes()) {
            return "size is " + entry.size() + " bytes on storage, " + replica.bytes() + " in the catalogue";
        }
        if (!verifyChecksums || replica.adler32() == null) {
            return null;
        }
        try {
            String adler = storage.checksum(pfn, ChecksumAlgorithm.ADLER32);
            if (adler == null) {
                ContentChecksums read = VerifiedPlacement.readBack(storage, pfn, entry.size(), false, progress);
                adler = read.adler32();
            }
            return adler.equals(replica.adler32()) ? null
                    : "adler32 is " + adler + " on storage, " + replica.adler32() + " in the catalogue";
        } catch (StorageException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    /** Every file below {@code root}, by path relative to it (decoded, '/'-separated). */
    private static Map<String, StorageEntry> listRecursively(Storage storage, URI root, Progress progress) {
        Map<String, StorageEntry> files = new HashMap<>();
        if (storage.stat(root).isEmpty()) {
            return files; // nothing written yet
        }
        String rootPath = withOneLeadingSlash(root.getPath().endsWith("/") ? root.getPath() : root.getPath() + "/");
        Deque<URI> directories = new ArrayDeque<>();
        directories.push(root);
        while (!directories.isEmpty()) {
            progress.checkCancelled();
            for (StorageEntry entry : storage.list(directories.pop())) {
                if (entry.directory()) {
                    String text = entry.uri().toASCIIString();
                    directories.push(text.endsWith("/") ? entry.uri() : URI.create(text + "/"));
                } else {
                    String path = withOneLeadingSlash(entry.uri().getPath());
                    if (path.startsWith(rootPath)) {
                        files.put(path.substring(rootPath.length()), entry);
                    }
                }
            }
        }
        return files;
    }

    /**
     * {@code root://host/data} and {@code root://host//data} name the same folder, and XRootD listings come back in
     * the second form: paths are compared with their leading slashes collapsed.
     */
    private static String withOneLeadingSlash(String path) {
        int start = 0;
        while (start + 1 < path.length() && path.charAt(start) == '/' && path.charAt(start + 1) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
