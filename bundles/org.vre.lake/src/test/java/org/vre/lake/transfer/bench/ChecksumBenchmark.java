package org.vre.lake.transfer.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.vre.lake.storage.ChecksumCalculator;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.ParallelChecksumCalculator;
import org.vre.testing.Commands;

/**
 * Checksum throughput on one file in the page cache, side by side: our adler32, md5, both in one pass (same
 * thread and with md5 in a second thread), against {@code md5sum} and zlib's adler32 (through Python's zlib,
 * which calls the C library). Prints figures; asserts nothing. Arg: size in MiB (default 1024).
 */
public final class ChecksumBenchmark {

    private ChecksumBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path file = Files.createTempFile("vre-checksum", ".bin");
        try {
            TransferBenchmark.writeRandom(file, mib << 20);
            read(file, new ChecksumCalculator(false)); // warm the page cache and the JIT
            System.out.printf(Locale.ROOT, "# %d MiB from the page cache%n", mib);
            row("adler32 (java.util.zip)", TransferBenchmark.time(() -> read(file, new ChecksumCalculator(false))), mib);
            row("adler32 + md5, one thread", TransferBenchmark.time(() -> read(file, new ChecksumCalculator(true))), mib);
            row("adler32 + md5, md5 in a second thread",
                    TransferBenchmark.time(() -> read(file, new ParallelChecksumCalculator(true))), mib);
            row("md5sum", TransferBenchmark.time(() -> Commands.run(null, "md5sum", file.toString())), mib);
            row("zlib adler32 (python3 zlib, 1 MiB blocks)", TransferBenchmark.time(() -> Commands.run(null, "python3",
                    "-c", "import zlib,sys\nf=open(sys.argv[1],'rb')\na=1\nwhile True:\n b=f.read(1<<20)\n if not b: break\n"
                            + " a=zlib.adler32(b,a)\nprint('%08x'%a)", file.toString())), mib);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ContentChecksums read(Path file, ChecksumCalculator calculator) throws java.io.IOException {
        try (InputStream in = Files.newInputStream(file); calculator) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                calculator.update(buffer, 0, n);
            }
            return calculator.finish();
        }
    }

    private static void row(String what, double seconds, long mib) {
        System.out.printf(Locale.ROOT, "%-44s %7.2f s  %7.0f MiB/s%n", what, seconds, mib / seconds);
    }
}
