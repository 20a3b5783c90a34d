package org.vre.lake.transfer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.RseProtocol;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.TempDirs;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.testing.Commands;
import org.vre.testing.NginxWebDav;
import org.vre.lake.transfer.DownloadOperation;
import org.vre.lake.transfer.DownloadRequest;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;

/**
 * Side by side in one run, against one nginx WebDAV server on loopback: a 1 GiB upload and download with
 * {@code vre}'s operations (adler32 + md5 computed, size verified, temporary name + rename) and with curl writing
 * the same file; then N small files with our upload/download against davix-put/davix-get (one process per file,
 * which is how scripts call davix). Uploads are timed twice: until the server has acknowledged (its page cache
 * holds the bytes) and until the bytes are on its disk. Prints figures; asserts nothing. Args: [GiB] [small files] [davix files] [rounds].
 */
public final class TransferBenchmark {

    private TransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long gib = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int small = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int davixFiles = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        Path root = Files.createTempDirectory("vre-bench");
        try {
            run(root, gib, small, davixFiles, rounds);
        } finally {
            TempDirs.delete(root); // gigabytes: never leave them behind
        }
    }

    private static void run(Path root, long gib, int small, int davixFiles, int rounds) throws Exception {
        NginxWebDav.openAncestors(root.resolve("x"));
        try (NginxWebDav nginx = NginxWebDav.start(root.resolve("nginx"));
                CatalogService catalog = CatalogStore.open(LakeConfig.embedded(root.resolve("lake")));
                StorageRegistry storages = new StorageRegistry(StorageContext.defaults(),
                        List.of(new FileStorageProtocol(), new HttpStorageProtocol()))) {
            String account = LakeConfig.osAccount();
            catalog.addRse(account, "DAV", true, java.util.Map.of(), List.of(RseProtocol.fromUrl(nginx.uri("lake").toString())));
            catalog.addScope(account, "bench", account);
            TransferSettings settings = TransferSettings.defaults();

            Path big = root.resolve("big.bin");
            writeRandom(big, gib << 30);
            System.out.printf(Locale.ROOT, "# %d GiB over loopback to nginx %s%n", gib, nginx.uri(""));

            // Disk-bound on this machine, and the disk's speed drifts: a write that follows another is often 2-3x
            // slower even after a sync. Flush dirty pages before each run, rotate who goes first and compare medians.
            List<Run> curlPuts = new ArrayList<>();
            List<Run> ourPuts = new ArrayList<>();
            List<Run> ourAdlerPuts = new ArrayList<>();
            List<Run> curlDurablePuts = new ArrayList<>();
            List<Run> ourDurablePuts = new ArrayList<>();
            List<Run> curlGets = new ArrayList<>();
            List<Run> ourGets = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                boolean curlFirst = round % 2 == 1;
                Work curlPut = () -> curlPuts.add(timeSynced(() -> curlPut(big, nginx, r)));
                Work ourPut = () -> ourPuts.add(timeSynced(() -> new UploadOperation(catalog, storages, account, settings,
                        new UploadRequest(List.of(big), "bench", "DAV", null, "big" + r + ".bin", null, Set.of()))
                        .run(Progress.NONE).throwIfFailed()));
                Work ourAdlerPut = () -> ourAdlerPuts.add(timeSynced(() -> new UploadOperation(catalog, storages, account,
                        settings.withComputeMd5(false), new UploadRequest(List.of(big), "bench", "DAV", null,
                        "big" + r + "-adler.bin", null, Set.of())).run(Progress.NONE).throwIfFailed()));
                // until the bytes are on the server's disk (sync included): what the curl figures measure
                Work curlDurablePut = () -> curlDurablePuts.add(timeDurable(() -> curlPut(big, nginx, 100 + r)));
                Work ourDurablePut = () -> ourDurablePuts.add(timeDurable(() -> new UploadOperation(catalog, storages,
                        account, settings, new UploadRequest(List.of(big), "bench", "DAV", null, "big" + r + "-durable.bin",
                        null, Set.of())).run(Progress.NONE).throwIfFailed()));
                Path curlOut = root.resolve("curl-big.bin");
                Path ourOut = root.resolve("out");
                Work curlGet = () -> curlGets.add(timeSynced(() -> curlGet(nginx, curlOut, r)));
                Work ourGet = () -> ourGets.add(timeSynced(() -> new DownloadOperation(catalog, storages, account, settings,
                        DownloadRequest.of(ourOut, new Did("bench", "big" + r + ".bin"))).run(Progress.NONE)
                        .throwIfFailed()));
                // a write right after another one is slower here (see above): every PUT takes every place in turn
                List<Work> order = new ArrayList<>(rotated(List.of(curlPut, ourPut, ourAdlerPut), round - 1));
                order.addAll(curlFirst ? List.of(curlGet, ourGet, curlDurablePut, ourDurablePut)
                        : List.of(ourGet, curlGet, ourDurablePut, curlDurablePut));
                for (Work w : order) {
                    w.run();
                }
                Files.delete(curlOut);
                Files.delete(ourOut.resolve("bench/big" + r + ".bin"));
                System.out.printf(Locale.ROOT, "## round %d (PUT order: %s; %s first otherwise)%n", r,
                        String.join(", ", rotated(List.of("curl", "vre", "vre --no-md5"), round - 1)),
                        curlFirst ? "curl" : "vre");
                row("PUT  curl -T", last(curlPuts), gib);
                row("PUT  vre upload (adler32+md5, verify, rename)", last(ourPuts), gib);
                row("PUT  vre upload --no-md5 (adler32, verify, rename)", last(ourAdlerPuts), gib);
                row("GET  curl -o file", last(curlGets), gib);
                row("GET  vre get (adler32 verified, .part, rename)", last(ourGets), gib);
                row("PUT  curl -T, until on disk", last(curlDurablePuts), gib);
                row("PUT  vre upload (adler32+md5), until on disk", last(ourDurablePuts), gib);
            }
            double curlNull = time(() -> Commands.run(null, "curl", "-sS", "-f", "-o", "/dev/null",
                    nginx.uri("curl/big1.bin").toString()));
            System.out.printf(Locale.ROOT, "## medians over %d rounds%n", rounds);
            row("PUT  curl -T", median(curlPuts), gib);
            row("PUT  vre upload (adler32+md5, verify, rename)", median(ourPuts), gib);
            row("PUT  vre upload --no-md5 (adler32, verify, rename)", median(ourAdlerPuts), gib);
            row("GET  curl -o file", median(curlGets), gib);
            row("GET  vre get (adler32 verified, .part, rename)", median(ourGets), gib);
            row("GET  curl -o /dev/null", curlNull, gib);
            row("PUT  curl -T, until on disk", median(curlDurablePuts), gib);
            row("PUT  vre upload (adler32+md5), until on disk", median(ourDurablePuts), gib);
            System.out.printf(Locale.ROOT, "speed vre/curl (medians): upload %.2fx (--no-md5 %.2fx), download %.2fx%n",
                    median(curlPuts) / median(ourPuts), median(curlPuts) / median(ourAdlerPuts),
                    median(curlGets) / median(ourGets));
            System.out.printf(Locale.ROOT, "speed vre/curl until on disk (medians): upload %.2fx%n",
                    median(curlDurablePuts) / median(ourDurablePuts));
            Files.delete(big);

            smallFiles(root, nginx, catalog, storages, account, settings, small, davixFiles);
        }
    }

    private static void smallFiles(Path root, NginxWebDav nginx, CatalogService catalog, StorageRegistry storages,
            String account, TransferSettings settings, int count, int davixCount) throws IOException {
        Path dir = root.resolve("small");
        Files.createDirectories(dir);
        Random random = new Random(1);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] data = new byte[10_000];
            random.nextBytes(data);
            files.add(Files.write(dir.resolve("f" + i + ".dat"), data));
        }
        Did dataset = new Did("bench", "small");
        double ourPut = time(() -> new UploadOperation(catalog, storages, account, settings,
                new UploadRequest(files, "bench", "DAV", dataset, null, null, Set.of())).run(Progress.NONE)
                .throwIfFailed());
        double ourGet = time(() -> new DownloadOperation(catalog, storages, account, settings.withParallelFiles(4),
                DownloadRequest.of(root.resolve("small-out"), dataset)).run(Progress.NONE).throwIfFailed());
        Commands.require("davix-put", "davix");
        double davixPut = time(() -> {
            for (int i = 0; i < davixCount; i++) {
                Commands.run(null, "davix-put", files.get(i).toString(), nginx.uri("davix/f" + i + ".dat").toString());
            }
        });
        Path davixOut = root.resolve("davix-out");
        Files.createDirectories(davixOut);
        double davixGet = time(() -> {
            for (int i = 0; i < davixCount; i++) {
                Commands.run(null, "davix-get", nginx.uri("davix/f" + i + ".dat").toString(),
                        davixOut.resolve("f" + i).toString());
            }
        });
        System.out.printf(Locale.ROOT, "# %d files of 10 kB (davix: %d files, one process each)%n", count, davixCount);
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f files/s%n", "PUT  vre upload (register each AVAILABLE)",
                ourPut, count / ourPut);
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f files/s%n", "GET  vre get (4 parallel)", ourGet, count / ourGet);
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f files/s%n", "PUT  davix-put", davixPut, davixCount / davixPut);
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f files/s%n", "GET  davix-get", davixGet, davixCount / davixGet);
    }

    private static void curlPut(Path big, NginxWebDav nginx, int round) {
        Commands.run(null, "curl", "-sS", "-f", "-T", big.toString(), nginx.uri("curl/big" + round + ".bin").toString());
    }

    private static void curlGet(NginxWebDav nginx, Path out, int round) {
        Commands.run(null, "curl", "-sS", "-f", "-o", out.toString(), nginx.uri("curl/big" + round + ".bin").toString());
    }

    /**
     * One timed run with the CPU it took: this JVM's (vre's own work; about nothing for curl) and the whole
     * machine's (curl, nginx and the kernel included), in core-seconds (out of cores x seconds).
     */
    record Run(double seconds, double jvmCpu, double machineCpu) {
    }

    /** Times {@code work} after a sync, so no run pays for the previous one's dirty pages. */
    private static Run timeSynced(Work work) throws IOException {
        Commands.run(null, "sync");
        return measure(work);
    }

    /** Times {@code work} from a clean page cache until its bytes are on disk: sync before and after. */
    private static Run timeDurable(Work work) throws IOException {
        Commands.run(null, "sync");
        return measure(() -> {
            work.run();
            Commands.run(null, "sync");
        });
    }

    private static Run measure(Work work) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long jvm = os.getProcessCpuTime();
        long machine = machineBusyTicks();
        double seconds = time(work);
        return new Run(seconds, (os.getProcessCpuTime() - jvm) / 1e9, (machineBusyTicks() - machine) / 100.0);
    }

    /** Busy time of all cores since boot, in clock ticks (USER_HZ, 100 on Linux): /proc/stat minus idle and iowait. */
    private static long machineBusyTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]);
        }
        return busy;
    }

    private static <T> List<T> rotated(List<T> items, int by) {
        List<T> copy = new ArrayList<>(items);
        java.util.Collections.rotate(copy, -(by % items.size()));
        return copy;
    }

    private static Run last(List<Run> runs) {
        return runs.get(runs.size() - 1);
    }

    private static double median(List<Run> runs) {
        List<Double> sorted = runs.stream().map(Run::seconds).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void row(String what, double seconds, long gib) {
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f MiB/s%n", what, seconds, (gib << 10) / seconds);
    }

    private static void row(String what, Run run, long gib) {
        System.out.printf(Locale.ROOT, "%-52s %8.2f s  %8.0f MiB/s   cpu: vre %.2f s, machine %.2f of %.2f core-s%n",
                what, run.seconds(), (gib << 10) / run.seconds(), run.jvmCpu(), run.machineCpu(),
                Runtime.getRuntime().availableProcessors() * run.seconds());
    }

    interface Work {
        void run() throws Exception;
    }

    static double time(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void writeRandom(Path file, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }
}
