package org.vre.lake.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.storage.ChecksumCalculator;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.StorageRegistry;

/**
 * Downloads files like {@code rucio get}: replicas are tried by protocol priority; bytes go to
 * {@code <dir>/<scope>/<name>.part}, are checksummed as they arrive and renamed into place only when size and
 * checksum match the catalogue. A broken connection resumes with a Range request; a checksum mismatch marks the
 * replica suspicious and the next one is tried; several files move in parallel.
 */
public final class DownloadOperation {

    static final String PART_SUFFIX = ".part";
    private static final int BLOCK = 1 << 20;

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;
    private final TransferSettings settings;
    private final DownloadRequest request;
    private final TransferLog log;

    public DownloadOperation(CatalogService catalog, StorageRegistry storages, String account,
            TransferSettings settings, DownloadRequest request) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
        this.settings = settings;
        this.request = request;
        this.log = new TransferLog(catalog, account);
    }

    public DownloadResult run(Progress monitor) {
        Set<String> allowedRses = request.rseExpression() == null ? null
                : catalog.listRses(request.rseExpression()).stream().map(Rse::name).collect(Collectors.toSet());
        List<FileReplicas> files = new ArrayList<>();
        for (Did did : request.dids()) {
            try (Stream<FileReplicas> replicas = catalog.listReplicas(did, request.schemes())) {
                replicas.forEach(files::add);
            }
        }
        long total = files.stream().mapToLong(f -> f.bytes() == null ? 0 : f.bytes()).sum();
        Progress progress = new SynchronizedProgress(monitor);
        progress.begin("Downloading " + files.size() + " file(s)", total);
        if (files.isEmpty()) {
            return new DownloadResult(List.of());
        }
        int threads = Math.min(settings.parallelFiles(), files.size());
        if (threads == 1) {
            List<DownloadedFile> results = new ArrayList<>();
            for (FileReplicas file : files) {
                results.add(downloadOne(file, allowedRses, progress));
            }
            return new DownloadResult(results);
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vre-download-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DownloadedFile>> futures = new ArrayList<>();
            for (FileReplicas file : files) {
                futures.add(pool.submit(() -> downloadOne(file, allowedRses, progress)));
            }
            List<DownloadedFile> results = new ArrayList<>();
            for (Future<DownloadedFile> future : futures) {
                results.add(await(future));
            }
            return new DownloadResult(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DownloadedFile await(Future<DownloadedFile> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private DownloadedFile downloadOne(FileReplicas file, Set<String> allowedRses, Progress progress) {
        Did did = file.did();
        Path target = targetPath(did);
        Path part = target.resolveSibling(target.getFileName() + PART_SUFFIX);
        Expected expected = new Expected(file.bytes(), file.adler32(), settings.computeMd5() ? file.md5() : null);
        List<String> problems = new ArrayList<>();
        try {
            Files.createDirectories(target.getParent());
            if (isAlreadyThere(target, expected)) {
                progress.worked(expected.bytes() == null ? 0 : expected.bytes());
                return new DownloadedFile(did, target, null, null, Files.size(target), expected.adler32(),
                        DownloadedFile.Status.ALREADY_THERE, false, problems, null);
            }
        } catch (IOException e) {
            return failed(did, target, problems, "cannot write into " + target.getParent() + ": " + e.getMessage());
        }
        List<Pfn> candidates = file.pfns().stream()
                .filter(p -> p.state() == ReplicaState.AVAILABLE && storages.supports(p.scheme()))
                .filter(p -> allowedRses == null || allowedRses.contains(p.rse()))
                .toList();
        if (candidates.isEmpty()) {
            return failed(did, target, problems, "no AVAILABLE replica " + (allowedRses == null ? "" : "on the RSEs asked for ")
                    + "is reachable with the protocols " + storages.schemes());
        }
        Set<String> suspectRses = new HashSet<>();
        for (Pfn pfn : candidates) {
            if (suspectRses.contains(pfn.rse())) {
                continue; // the bytes are wrong there whatever the protocol
            }
            progress.checkCancelled();
            long started = System.nanoTime();
            try {
                Fetched fetched = fetch(pfn.uri(), part, expected, progress);
                moveIntoPlace(part, target);
                log.ok(TransferEvents.DOWNLOAD, did + "@" + pfn.rse(), pfn.scheme(), fetched.checksums().bytes(),
                        Duration.ofNanos(System.nanoTime() - started), (fetched.resumed() ? "resumed " : "") + "pfn=" + pfn.uri());
                return new DownloadedFile(did, target, pfn.rse(), pfn.uri(), fetched.checksums().bytes(),
                        fetched.checksums().adler32(), DownloadedFile.Status.DOWNLOADED, fetched.resumed(), problems, null);
            } catch (LocalWriteException e) {
                deleteQuietly(part);
                log.failed(TransferEvents.DOWNLOAD, did + "@" + pfn.rse(), pfn.scheme(), 0,
                        Duration.ofNanos(System.nanoTime() - started), e.getMessage());
                return failed(did, target, problems, e.getMessage());
            } catch (StorageException e) {
                problems.add(pfn.rse() + " (" + e.getMessage() + ")");
                log.failed(TransferEvents.DOWNLOAD, did + "@" + pfn.rse(), pfn.scheme(), 0,
                        Duration.ofNanos(System.nanoTime() - started), e.getMessage());
                if (e instanceof ChecksumMismatchException || e.reason() == Reason.NOT_FOUND) {
                    suspectRses.add(pfn.rse());
                    declareSuspicious(pfn.rse(), did, e.getMessage(), problems);
                }
            }
        }
        return failed(did, target, problems, "no replica could be read: " + String.join("; ", problems)
                + (Files.exists(part) ? " (the partial download " + part + " is kept: running the same get resumes it)" : ""));
    }

    private record Fetched(ContentChecksums checksums, boolean resumed) { }

    /** Reads one replica into the .part file, resuming after broken connections; verifies at the end. */
    private Fetched fetch(URI uri, Path part, Expected expected, Progress progress) {
        Storage storage = storages.storageFor(uri);
        StorageException last = null;
        boolean restartedAfterMismatch = false;
        for (int attempt = 1; attempt <= settings.attemptsPerReplica(); attempt++) {
            long offset = sizeOf(part);
            if (expected.bytes() != null && offset > expected.bytes()) {
                deleteQuietly(part); // longer than the file: not a prefix of it
                offset = 0;
            }
            boolean resumed = offset > 0;
            try {
                ContentChecksums checksums = readInto(storage, uri, part, offset, expected, progress);
                if (settings.verifyChecksums()) {
                    VerifiedPlacement.check(uri, expected, checksums);
                } else {
                    VerifiedPlacement.check(uri, new Expected(expected.bytes(), null, null), checksums);
                }
                return new Fetched(checksums, resumed);
            } catch (ChecksumMismatchException e) {
                deleteQuietly(part);
                if (resumed && !restartedAfterMismatch) {
                    restartedAfterMismatch = true; // the old part may have come from elsewhere: one clean try
                    attempt--;
                    continue;
                }
                throw e;
            } catch (StorageException e) {
                last = e;
                if (resumed && e.reason() == Reason.REJECTED && !restartedAfterMismatch) {
                    // the range was refused (e.g. the file is shorter now): the part is no use, start over once
                    deleteQuietly(part);
                    restartedAfterMismatch = true;
                    attempt--;
                    continue;
                }
                if (!e.isRetryable() || e instanceof SpeedGuard.TooSlowException
                        || attempt == settings.attemptsPerReplica()) {
                    throw e;
                }
                pause(settings.backoff().multipliedBy(attempt));
            }
        }
        throw last;
    }

    private ContentChecksums readInto(Storage storage, URI uri, Path part, long offset, Expected expected,
            Progress progress) {
        long size = expected.bytes() == null ? -1 : expected.bytes();
        SpeedGuard guard = new SpeedGuard(settings, uri);
        // one checksum verifies: adler32 when the catalogue has it (four times cheaper), md5 only when it is all there is
        boolean md5 = expected.md5() != null && expected.adler32() == null;
        try (ChecksumCalculator calculator = ChecksumCalculator.forSize(size, md5)) {
            if (offset > 0) {
                checksumExisting(part, calculator);
            }
            try (InputStream in = storage.get(uri, offset, -1);
                    FileChannel out = openPart(part)) {
                byte[] buffer = new byte[BLOCK];
                ByteBuffer wrapped = ByteBuffer.wrap(buffer);
                int n;
                while ((n = readSource(in, uri, buffer)) >= 0) {
                    progress.checkCancelled();
                    wrapped.clear().limit(n);
                    writeLocal(out, wrapped, part);
                    calculator.update(buffer, 0, n);
                    guard.add(n);
                    progress.worked(n);
                }
            } catch (IOException e) { // closing
                throw new StorageException(Reason.CONNECTION, uri, "closing the download failed: " + e.getMessage(), e);
            }
            return calculator.finish();
        }
    }

    private static int readSource(InputStream in, URI uri, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw VerifiedPlacement.asStorageException(uri, e);
        }
    }

    private static void writeLocal(FileChannel out, ByteBuffer data, Path part) {
        try {
            while (data.hasRemaining()) {
                out.write(data);
            }
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("No space left") || why.contains("quota") || why.contains("File too large")) {
                why = "the local disk is full (" + why + ")";
            }
            throw new LocalWriteException("cannot write " + part + ": " + why, e);
        }
    }

    private static FileChannel openPart(Path part) {
        try {
            return FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LocalWriteException("cannot write " + part + ": " + e.getMessage(), e);
        }
    }

    private static void checksumExisting(Path part, ChecksumCalculator calculator) {
        try (InputStream in = Files.newInputStream(part)) {
            byte[] buffer = new byte[BLOCK];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                calculator.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new LocalWriteException("cannot read the partial download " + part + ": " + e.getMessage(), e);
        }
    }

    private boolean isAlreadyThere(Path target, Expected expected) throws IOException {
        if (!Files.isRegularFile(target) || expected.bytes() == null || Files.size(target) != expected.bytes()) {
            return false;
        }
        if (expected.adler32() == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(target);
                ChecksumCalculator calculator = ChecksumCalculator.forSize(expected.bytes(), false)) {
            byte[] buffer = new byte[BLOCK];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                calculator.update(buffer, 0, n);
            }
            return expected.adler32().equals(calculator.finish().adler32());
        }
    }

    /** {@code <dir>/<scope>/<name>}; names were checked by the catalogue, and we check again that we stay inside. */
    private Path targetPath(Did did) {
        Path base = request.directory().toAbsolutePath().normalize();
        Path target = (request.noSubdir() ? base : base.resolve(did.scope())).resolve(did.name()).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new VreException("download: " + did + " would be written outside " + base);
        }
        return target;
    }

    private void declareSuspicious(String rse, Did did, String reason, List<String> problems) {
        try {
            catalog.declareSuspicious(account, rse, did, "download: " + reason);
        } catch (VreException e) {
            problems.add(rse + ": could not be marked suspicious (" + e.getMessage() + ")");
        }
    }

    private static void moveIntoPlace(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LocalWriteException("cannot rename " + part + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private DownloadedFile failed(Did did, Path target, List<String> problems, String error) {
        return new DownloadedFile(did, target, null, null, 0, null, DownloadedFile.Status.FAILED, false, problems, error);
    }

    private static long sizeOf(Path part) {
        try {
            return Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more to do; a stale .part is checked before any reuse
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // retry backoff, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
