package org.vre.lake.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.NewReplica;
import org.vre.lake.ExplicitPath;
import org.vre.lake.Pfn;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;
import org.vre.lake.storage.ChecksumCalculator;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageRegistry;

/**
 * Uploads local files with Rucio's guarantees: choose the RSE from an expression, write under a temporary name
 * while computing adler32 and md5 in the same pass, verify size (and the server's checksum where it has one) on
 * the temporary object, rename, and only then register the replica AVAILABLE (attached to the dataset if asked).
 * A failure leaves nothing AVAILABLE and no temporary file, so the same upload can be run again.
 */
public final class UploadOperation {

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;
    private final TransferSettings settings;
    private final UploadRequest request;
    private final TransferLog log;

    public UploadOperation(CatalogService catalog, StorageRegistry storages, String account, TransferSettings settings,
            UploadRequest request) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
        this.settings = settings;
        this.request = request;
        this.log = new TransferLog(catalog, account);
    }

    public UploadResult run(Progress progress) {
        List<Path> files = request.files();
        long total = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new VreException("upload: " + file + " is not a readable file");
            }
            total += size(file);
        }
        Rse rse = chooseRse();
        if (request.dataset() != null && catalog.findDid(request.dataset()).isEmpty()) {
            catalog.addDataset(account, request.dataset(), Map.of());
        }
        progress.begin("Uploading " + files.size() + " file(s) to " + rse.name(), total);
        List<UploadedFile> results = new ArrayList<>();
        for (Path file : files) {
            progress.checkCancelled();
            Did did = new Did(request.scope(), request.name() != null ? request.name() : file.getFileName().toString());
            progress.subTask(did.toString());
            results.add(uploadOne(file, did, rse, progress));
        }
        return new UploadResult(results);
    }

    /** The first RSE (by name) the expression selects that has a write protocol we speak. */
    private Rse chooseRse() {
        List<Rse> candidates = new ArrayList<>(catalog.listRses(request.rseExpression()));
        candidates.sort(Comparator.comparing(Rse::name));
        for (Rse rse : candidates) {
            if (rse.protocols().stream().anyMatch(p -> p.writePriority() > 0 && usable(p.scheme()))) {
                return rse;
            }
        }
        throw new VreException("upload: no RSE selected by '" + request.rseExpression() + "' has a write protocol this"
                + " client speaks (" + String.join(", ", storages.schemes()) + ")");
    }

    private boolean usable(String scheme) {
        return storages.supports(scheme) && (request.schemes().isEmpty() || request.schemes().contains(scheme));
    }

    private UploadedFile uploadOne(Path file, Did did, Rse rse, Progress progress) {
        long started = System.nanoTime();
        URI pfn = null;
        long size = size(file);
        try {
            Optional<UploadedFile> already = alreadyThere(file, did, rse, size);
            if (already.isPresent()) {
                progress.worked(size);
                return already.get();
            }
            String path = explicitPath(rse);
            Pfn target = writeTarget(rse, did, path);
            pfn = target.uri();
            Storage storage = storages.storageFor(pfn);
            ContentChecksums written;
            try (InputStream in = Files.newInputStream(file)) {
                written = VerifiedPlacement.place(storage, pfn, in, size, Expected.NOTHING, settings.computeMd5(), progress);
            }
            register(storage, pfn, did, rse, written, path);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            log.ok(TransferEvents.UPLOAD, did + "@" + rse.name(), target.scheme(), written.bytes(), took, "pfn=" + pfn);
            return new UploadedFile(did, file, rse.name(), pfn, written.bytes(), written.adler32(), written.md5(),
                    UploadedFile.Status.UPLOADED, null);
        } catch (CancelledException e) {
            throw e;
        } catch (VreException | IOException e) {
            String error = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            log.failed(TransferEvents.UPLOAD, did + "@" + rse.name(), pfn == null ? null : pfn.getScheme(), 0,
                    Duration.ofNanos(System.nanoTime() - started), error);
            return new UploadedFile(did, file, rse.name(), pfn, size, null, null, UploadedFile.Status.FAILED, error);
        }
    }

    /**
     * The path the user chose with {@code --pfn}: required on a non-deterministic RSE (nothing computes one there),
     * refused on a deterministic one (the DID decides); checked before any byte is written.
     */
    private String explicitPath(Rse rse) {
        if (rse.deterministic()) {
            if (request.pfn() != null) {
                throw new VreException("RSE " + rse.name() + " is deterministic: paths there come from the DID; --pfn is"
                        + " for non-deterministic RSEs");
            }
            return null;
        }
        if (request.pfn() == null) {
            throw new VreException("RSE " + rse.name() + " is not deterministic: say where the file goes with --pfn");
        }
        return ExplicitPath.onRse(rse, request.pfn());
    }

    /** The best write protocol we speak, at the DID's hashed path or at the explicit one. */
    private Pfn writeTarget(Rse rse, Did did, String path) {
        if (path == null) {
            return catalog.pfns(rse.name(), did, RseProtocol.Operation.WRITE).stream()
                    .filter(p -> usable(p.scheme())).findFirst()
                    .orElseThrow(() -> new VreException("RSE " + rse.name() + " has no write protocol for " + did));
        }
        return rse.protocols().stream()
                .filter(p -> p.writePriority() > 0 && usable(p.scheme()))
                .sorted(Comparator.comparingInt(RseProtocol::writePriority))
                .map(p -> new Pfn(rse.name(), null, p.scheme(), p.pfn(path), p.writePriority())).findFirst()
                .orElseThrow(() -> new VreException("RSE " + rse.name() + " has no write protocol this client speaks"));
    }

    /** Registration is the last step; if the catalogue refuses, the bytes go too, so no dark data is left. */
    private void register(Storage storage, URI pfn, Did did, Rse rse, ContentChecksums written, String path) {
        try {
            catalog.registerAvailable(account, rse.name(), List.of(new NewReplica(did, written.bytes(),
                    written.adler32(), written.md5(), request.guid(), request.dataset(), path, Map.of())));
        } catch (RuntimeException e) {
            VerifiedPlacement.removeQuietly(storage, pfn);
            throw e;
        }
    }

    /**
     * A replica of this DID already AVAILABLE on the RSE: the same bytes (size and adler32) mean there is nothing
     * to do; different bytes under the same name are refused, as DIDs are immutable.
     */
    private Optional<UploadedFile> alreadyThere(Path file, Did did, Rse rse, long size) throws IOException {
        Optional<DidDetails> existing = catalog.findDid(did);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        ContentChecksums local = localChecksums(file, size);
        DidDetails details = existing.get();
        if ((details.bytes() != null && details.bytes() != local.bytes())
                || (details.adler32() != null && !details.adler32().equals(local.adler32()))) {
            throw new VreException(did + " is already registered with other content (" + details.bytes() + " bytes, adler32 "
                    + details.adler32() + "; the local file has " + local.bytes() + " bytes, adler32 " + local.adler32()
                    + "): DIDs cannot change, choose another name");
        }
        Optional<Replica> replica = catalog.findReplica(rse.name(), did);
        if (replica.isPresent() && replica.get().state() == ReplicaState.AVAILABLE) {
            if (request.dataset() != null && !catalog.listParents(did).contains(request.dataset())) {
                catalog.attach(account, request.dataset(), List.of(did));
            }
            return Optional.of(new UploadedFile(did, file, rse.name(), null, local.bytes(), local.adler32(), local.md5(),
                    UploadedFile.Status.ALREADY_THERE, null));
        }
        return Optional.empty();
    }

    private ContentChecksums localChecksums(Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ChecksumCalculator calculator = ChecksumCalculator.forSize(size, settings.computeMd5())) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                calculator.update(buffer, 0, n);
            }
            return calculator.finish();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new VreException("upload: cannot read " + file + ": " + e.getMessage());
        }
    }
}
