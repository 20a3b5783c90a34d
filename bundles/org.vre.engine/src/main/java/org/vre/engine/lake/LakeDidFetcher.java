package org.vre.engine.lake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.engine.DidFetcher;
import org.vre.engine.Provenance.FileRecord;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.DownloadOperation;
import org.vre.lake.transfer.DownloadRequest;
import org.vre.lake.transfer.DownloadResult;
import org.vre.lake.transfer.DownloadedFile;
import org.vre.lake.transfer.TransferSettings;

/**
 * Fetches {@code scope:name} inputs through the lake's transfer service, into {@code <workspace>/<scope>/<name>}
 * like {@code rucio get}, checksums verified by the download.
 */
public final class LakeDidFetcher implements DidFetcher {

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;

    public LakeDidFetcher(CatalogService catalog, StorageRegistry storages, String account) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
    }

    @Override
    public List<FileRecord> fetch(String did, Path workspace, Progress progress) {
        Did parsed = Did.parse(did);
        DownloadResult result = new DownloadOperation(catalog, storages, account, TransferSettings.defaults(),
                new DownloadRequest(List.of(parsed), workspace, false, null, Set.of())).run(progress);
        List<FileRecord> records = new ArrayList<>();
        for (DownloadedFile f : result.files()) {
            if (f.status() == DownloadedFile.Status.FAILED) {
                throw new VreException("inputs.files: cannot fetch " + f.did() + " from the lake: " + f.error());
            }
            records.add(new FileRecord(workspace.relativize(f.path()).toString(), "did:" + f.did(), f.bytes(),
                    f.adler32(), org.vre.engine.internal.FileChecksums.of(f.path()).sha256()));
        }
        if (records.isEmpty()) {
            throw new VreException("inputs.files: " + did + " holds no files");
        }
        return records;
    }
}
