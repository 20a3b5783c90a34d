package org.vre.lake.xrootd.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.vre.lake.xrootd.XrootdClient;
import org.vre.lake.xrootd.XrootdClientConfig;
import org.vre.lake.xrootd.XrootdUrl;
import org.vre.lake.xrootd.testing.XrootdServer;

/**
 * Side-by-side figures against the reference clients on one real xrootd on loopback: 1 GiB write and read
 * (to and from a local disk file) against xrdcp, and 1,000 small files (stat, read) against xrdfs / xrdcp.
 * Not a test: run {@code main}; it prints a table. Each large transfer is run {@code ROUNDS} times, alternating
 * the clients, and the median is reported.
 */
public final class XrootdBenchmark {
    private static final int ROUNDS = 3;
    private static final long GIB = 1L << 30;
    private static final int SMALL_FILES = 1000;

    private XrootdBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("vre-xrootd-bench");
        try (XrootdServer server = XrootdServer.start();
                XrootdClient client = new XrootdClient(XrootdClientConfig.defaults())) {
            Path source = work.resolve("source-1g.bin");
            writeRandom(source, GIB);
            String remote = server.uri("/bench/1g.bin").toString();
            XrootdUrl url = server.url("/bench/1g.bin");
            Path sink = work.resolve("sink.bin");

            List<Long> ourWrite = new ArrayList<>();
            List<Long> xrdcpWrite = new ArrayList<>();
            List<Long> ourRead = new ArrayList<>();
            List<Long> xrdcpRead = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                xrdcpWrite.add(time(() -> XrootdServer.run("xrdcp", "--nopbar", "-f", source.toString(), remote)));
                ourWrite.add(time(() -> {
                    try (InputStream in = Files.newInputStream(source); OutputStream out = client.openOutputStream(url)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
                xrdcpRead.add(time(() -> XrootdServer.run("xrdcp", "--nopbar", "-f", remote, sink.toString())));
                ourRead.add(time(() -> {
                    try (InputStream in = client.openInputStream(url, 0, -1); OutputStream out = Files.newOutputStream(sink)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            Files.delete(source);
            Files.deleteIfExists(sink);

            // 1,000 small files of 10 kB
            Path small = server.data().resolve("small");
            Files.createDirectories(small);
            Random random = new Random(1);
            byte[] body = new byte[10_000];
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < SMALL_FILES; i++) {
                random.nextBytes(body);
                Files.write(small.resolve("f" + i), body);
                urls.add(server.uri("/small/f" + i).toString());
            }
            server.giveToServerUser();
            Path list = work.resolve("infiles.txt");
            Files.write(list, urls);
            Path into = Files.createDirectories(work.resolve("fetched"));

            try (XrootdClient fresh = new XrootdClient(XrootdClientConfig.defaults())) {
                long ourStats = time(() -> {
                    for (int i = 0; i < SMALL_FILES; i++) {
                        fresh.stat(server.url("/small/f" + i)).orElseThrow();
                    }
                });
                long ourReads = time(() -> {
                    for (int i = 0; i < SMALL_FILES; i++) {
                        try (InputStream in = fresh.openInputStream(server.url("/small/f" + i), 0, -1);
                                OutputStream out = Files.newOutputStream(into.resolve("ours-" + i))) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                long xrdfsStats = time(() -> {
                    for (int i = 0; i < SMALL_FILES; i++) {
                        XrootdServer.run("xrdfs", "127.0.0.1:" + server.port(), "stat", "/small/f" + i);
                    }
                });
                long xrdcpEach = time(() -> {
                    for (int i = 0; i < 100; i++) {
                        XrootdServer.run("xrdcp", "--nopbar", "-f", urls.get(i), into.resolve("each-" + i).toString());
                    }
                }) * (SMALL_FILES / 100);
                long xrdcpBatch = time(() -> XrootdServer.run("xrdcp", "--nopbar", "-f", "--infiles", list.toString(),
                        into.toString() + "/"));

                System.out.println();
                System.out.println("XRootD benchmark (xrootd " + XrootdServer.run("xrootd", "-v").trim()
                        + ", loopback, median of " + ROUNDS + ")");
                System.out.printf("1 GiB write: vre %.2f s (%.0f MiB/s)   xrdcp %.2f s (%.0f MiB/s)   ratio %.2fx%n",
                        sec(median(ourWrite)), mibs(median(ourWrite)), sec(median(xrdcpWrite)), mibs(median(xrdcpWrite)),
                        (double) median(xrdcpWrite) / median(ourWrite));
                System.out.printf("1 GiB read:  vre %.2f s (%.0f MiB/s)   xrdcp %.2f s (%.0f MiB/s)   ratio %.2fx%n",
                        sec(median(ourRead)), mibs(median(ourRead)), sec(median(xrdcpRead)), mibs(median(xrdcpRead)),
                        (double) median(xrdcpRead) / median(ourRead));
                System.out.printf("1,000 stats: vre %.2f s   xrdfs stat per file %.2f s   ratio %.1fx%n",
                        sec(ourStats), sec(xrdfsStats), (double) xrdfsStats / ourStats);
                System.out.printf("1,000 reads of 10 kB: vre %.2f s   xrdcp --infiles (one process) %.2f s   "
                        + "ratio %.1fx   xrdcp per file (100 timed, x10) %.2f s   ratio %.1fx%n",
                        sec(ourReads), sec(xrdcpBatch), (double) xrdcpBatch / ourReads, sec(xrdcpEach),
                        (double) xrdcpEach / ourReads);
                System.out.println("all rounds (s): vre write " + secs(ourWrite) + ", xrdcp write " + secs(xrdcpWrite)
                        + ", vre read " + secs(ourRead) + ", xrdcp read " + secs(xrdcpRead));
            }
        } finally {
            XrootdServer.run("rm", "-rf", work.toString());
        }
    }

    private static void writeRandom(Path file, long size) throws IOException {
        // Incompressible, generated fast: a SplittableRandom stream, 8 MiB at a time.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        byte[] block = new byte[8 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long done = 0; done < size; done += block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long value = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        block[i + b] = (byte) (value >>> (8 * b));
                    }
                }
                out.write(block, 0, (int) Math.min(block.length, size - done));
            }
        }
    }

    private static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static double mibs(long nanos) {
        return 1024 / sec(nanos);
    }

    private static String secs(List<Long> values) {
        StringBuilder text = new StringBuilder("[");
        for (long v : values) {
            text.append(text.length() > 1 ? ", " : "").append(String.format("%.2f", sec(v)));
        }
        return text.append("]").toString();
    }
}
