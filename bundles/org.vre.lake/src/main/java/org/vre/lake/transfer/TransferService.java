package org.vre.lake.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.DidDetails;
import org.vre.lake.Pfn;
import org.vre.lake.RseProtocol;
import org.vre.lake.TransferRequest;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.ThirdPartyCopyOptions;

/**
 * Executes the transfer requests that replication rules create: claims them from the catalogue, copies each file
 * server to server (HTTP third-party copy) where both ends allow it and streams it through this process otherwise,
 * always into a temporary name that is verified before the rename, then completes or fails the request. The
 * catalogue moves replicas, locks and rules through their states (a rule is OK when all its locks are; STUCK when
 * the attempts run out). Failed requests are retried in later rounds with exponential backoff.
 */
public final class TransferService {

    private static final int BATCH = 50;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;
    private final TransferSettings settings;
    private final TransferLog log;

    public TransferService(CatalogService catalog, StorageRegistry storages, String account, TransferSettings settings) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
        this.settings = settings;
        this.log = new TransferLog(catalog, account);
    }

    /** Claims up to one batch of queued requests and executes them. */
    public TransferRound runOnce(Progress progress) {
        List<TransferRequest> claimed = catalog.claimRequests(account, null, BATCH);
        long total = claimed.stream().mapToLong(r -> r.bytes() == null ? 0 : r.bytes()).sum();
        progress.begin("Transferring " + claimed.size() + " file(s)", total);
        TransferRound round = new TransferRound(claimed.size(), 0, 0, 0, 0, List.of());
        for (TransferRequest request : claimed) {
            if (progress.isCancelled()) {
                catalog.failRequest(account, request.id(), "cancelled before it started");
                continue;
            }
            round = round.plus(execute(request, progress));
        }
        return round;
    }

    /**
     * Runs rounds until no request can be claimed any more: every request is DONE, or FAILED after its last
     * attempt. Between rounds that had failures it waits, doubling the wait each time.
     */
    public TransferRound runUntilIdle(Progress progress) {
        TransferRound all = TransferRound.empty();
        Duration wait = settings.backoff();
        while (true) {
            progress.checkCancelled();
            TransferRound round = runOnce(progress);
            all = all.plus(round);
            if (round.claimed() == 0) {
                return all;
            }
            if (round.failed() > 0) {
                DownloadOperation.pause(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
            }
        }
    }

    private TransferRound execute(TransferRequest request, Progress progress) {
        long started = System.nanoTime();
        String target = request.did() + "@" + request.destinationRse();
        String protocol = null;
        try {
            progress.subTask(request.did() + " " + request.sourceRse() + " -> " + request.destinationRse());
            Expected expected = expectedOf(request);
            List<Pfn> destinations = usable(catalog.pfns(request.destinationRse(), request.did(),
                    RseProtocol.Operation.WRITE));
            if (destinations.isEmpty()) {
                throw new VreException(request.destinationRse() + " has no write protocol this service speaks ("
                        + storages.schemes() + ")");
            }
            Optional<Copy> tpc = settings.thirdPartyCopy() ? tryThirdPartyCopy(request, expected, progress)
                    : Optional.empty();
            Copy copy = tpc.isPresent() ? tpc.get() : streamedCopy(request, destinations.get(0), expected, progress);
            protocol = copy.protocol();
            catalog.completeRequest(account, request.id(), copy.checksums().bytes(), copy.checksums().adler32(),
                    copy.checksums().md5());
            log.ok(TransferEvents.REPLICATE, target, protocol, copy.checksums().bytes(),
                    Duration.ofNanos(System.nanoTime() - started), "request=" + request.id() + " from="
                            + request.sourceRse() + (copy.thirdParty() ? " mode=third-party" : " mode=streamed"));
            return new TransferRound(0, 1, 0, copy.thirdParty() ? 1 : 0, copy.checksums().bytes(), List.of());
        } catch (CancelledException e) {
            failQuietly(request, "cancelled");
            throw e;
        } catch (VreException e) {
            String reason = e.getMessage();
            failQuietly(request, reason);
            log.failed(TransferEvents.REPLICATE, target, protocol, 0, Duration.ofNanos(System.nanoTime() - started),
                    "request=" + request.id() + " attempt=" + request.attempts() + " " + reason);
            return new TransferRound(0, 0, 1, 0, 0, List.of(request.did() + " -> " + request.destinationRse() + ": " + reason));
        }
    }

    private record Copy(ContentChecksums checksums, String protocol, boolean thirdParty) { }

    /** Source bytes flow through us: GET from the best readable replica, verified PUT to the destination. */
    private Copy streamedCopy(TransferRequest request, Pfn destination, Expected expected, Progress progress) {
        List<Pfn> sources = usable(catalog.pfns(request.sourceRse(), request.did(), RseProtocol.Operation.READ));
        if (sources.isEmpty()) {
            throw new VreException(request.sourceRse() + " has no read protocol this service speaks (" + storages.schemes() + ")");
        }
        Pfn source = sources.get(0);
        Storage from = storages.storageFor(source.uri());
        Storage to = storages.storageFor(destination.uri());
        long size = expected.bytes() == null ? -1 : expected.bytes();
        SpeedGuard guard = new SpeedGuard(settings, source.uri());
        Progress guarded = new GuardedProgress(progress, guard);
        try (InputStream in = from.get(source.uri(), 0, -1)) {
            ContentChecksums written = VerifiedPlacement.place(to, destination.uri(), in, size, expected,
                    settings.computeMd5(), guarded);
            return new Copy(written, source.scheme() + "->" + destination.scheme(), false);
        } catch (IOException e) {
            throw VerifiedPlacement.asStorageException(source.uri(), e);
        }
    }

    /**
     * Server to server where both RSEs rank a protocol for third-party copy and the protocol can do it; the copy
     * lands under the temporary name, is verified (server checksum, else read back) and renamed. Empty when no
     * pair qualifies or the servers turn out not to support it, so the caller streams instead.
     */
    private Optional<Copy> tryThirdPartyCopy(TransferRequest request, Expected expected, Progress progress) {
        List<Pfn> sources = tpcPfns(request.sourceRse(), request);
        List<Pfn> destinations = tpcPfns(request.destinationRse(), request);
        for (Pfn destination : destinations) {
            Storage to = storages.storageFor(destination.uri());
            for (Pfn source : sources) {
                if (!to.canThirdPartyCopy(source.uri(), destination.uri())) {
                    continue;
                }
                URI temporary = VerifiedPlacement.temporaryName(destination.uri());
                boolean placed = false;
                try {
                    to.mkdirs(VerifiedPlacement.parentOf(destination.uri()));
                    ThirdPartyCopyOptions options = new ThirdPartyCopyOptions(ThirdPartyCopyOptions.Mode.PULL, "none",
                            java.util.Map.of(), settings.transferTimeout());
                    to.thirdPartyCopy(source.uri(), temporary, options, progress);
                    ContentChecksums landed = verifyThirdParty(to, temporary, destination.uri(), expected, progress);
                    to.rename(temporary, destination.uri(), true);
                    placed = true;
                    return Optional.of(new Copy(landed, source.scheme() + "=>" + destination.scheme(), true));
                } catch (StorageException e) {
                    if (e.reason() != Reason.UNSUPPORTED && e.reason() != Reason.REJECTED) {
                        throw e;
                    }
                    // this pair cannot do it: try the next one, then stream
                } finally {
                    if (!placed) {
                        VerifiedPlacement.removeQuietly(to, temporary);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An RSE without a third-party-copy protocol is simply not a candidate. */
    private List<Pfn> tpcPfns(String rse, TransferRequest request) {
        try {
            return usable(catalog.pfns(rse, request.did(), RseProtocol.Operation.THIRD_PARTY_COPY));
        } catch (VreException e) {
            return List.of();
        }
    }

    private ContentChecksums verifyThirdParty(Storage storage, URI temporary, URI pfn, Expected expected,
            Progress progress) {
        Optional<StorageEntry> entry = storage.stat(temporary);
        if (entry.isEmpty()) {
            throw new StorageException(Reason.INTEGRITY, pfn, "the third-party copy reported success but left no file");
        }
        String serverAdler = storage.checksum(temporary, ChecksumAlgorithm.ADLER32);
        ContentChecksums landed;
        if (serverAdler != null && !settings.computeMd5()) {
            landed = new ContentChecksums(entry.get().size(), serverAdler, null);
        } else {
            landed = VerifiedPlacement.readBack(storage, temporary, entry.get().size(), settings.computeMd5(), progress);
        }
        VerifiedPlacement.check(pfn, expected, landed);
        return landed;
    }

    private Expected expectedOf(TransferRequest request) {
        if (request.bytes() != null || request.adler32() != null || request.md5() != null) {
            return new Expected(request.bytes(), request.adler32(), request.md5());
        }
        DidDetails did = catalog.did(request.did());
        return new Expected(did.bytes(), did.adler32(), did.md5());
    }

    private List<Pfn> usable(List<Pfn> pfns) {
        List<Pfn> out = new ArrayList<>();
        for (Pfn pfn : pfns) {
            if (pfn.priority() > 0 && storages.supports(pfn.scheme())) {
                out.add(pfn);
            }
        }
        return out;
    }

    private void failQuietly(TransferRequest request, String reason) {
        try {
            catalog.failRequest(account, request.id(), reason);
        } catch (VreException e) {
            // the request changed under us (e.g. its rule was deleted): nothing left to fail
        }
    }

    /** Enforces the transfer timeout and minimum speed on a streamed copy through its progress reports. */
    private static final class GuardedProgress implements Progress {
        private final Progress delegate;
        private final SpeedGuard guard;

        GuardedProgress(Progress delegate, SpeedGuard guard) {
            this.delegate = delegate;
            this.guard = guard;
        }

        @Override
        public void begin(String task, long totalWork) {
            delegate.begin(task, totalWork);
        }

        @Override
        public void worked(long work) {
            guard.add(work);
            delegate.worked(work);
        }

        @Override
        public void subTask(String name) {
            delegate.subTask(name);
        }

        @Override
        public boolean isCancelled() {
            return delegate.isCancelled();
        }
    }
}
