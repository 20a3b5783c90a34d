package org.vre.data.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vre.core.Progress;
import org.vre.data.Column;
import org.vre.data.Table;
import org.vre.data.root.RootBranch;
import org.vre.data.root.RootDataFile;
import org.vre.data.root.RootKey;
import org.vre.data.root.RootTree;

/**
 * Decompresses and reads every branch of the corpus's largest flat trees, repeated until about a million
 * values, and prints values/s and MB/s (compressed basket bytes read per second). Not a test.
 * Run: java -cp ... org.vre.data.bench.RootReadBenchmark [folder with the .root files]
 */
public final class RootReadBenchmark {

    /** File and tree, the same list as bench/jsroot-read-bench.mjs. */
    static final List<String[]> TREES = List.of(
            new String[] {"uproot-hepdata-example.root", "ntuple"},
            new String[] {"uproot-Zmumu-zstd.root", "events"},
            new String[] {"uproot-Zmumu-lzma.root", "events"},
            new String[] {"uproot-from-geant4.root", "HitStrips"},
            new String[] {"uproot-sample-5.30.00-lzma.root", "sample"});

    private static final long TARGET_VALUES = 1_000_000;

    private RootReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0])
                : Path.of(RootReadBenchmark.class.getResource("/org/vre/data/root/uproot-simple.root").toURI()).getParent();
        System.out.println("java " + System.getProperty("java.version") + ", ROOT files in " + folder);
        System.out.println(String.format(Locale.ROOT, "%-34s %-10s %8s %10s %12s %9s %9s", "file", "tree", "reads",
                "values", "values/s", "MB/s", "MB/s(raw)"));
        for (String[] t : TREES) {
            Path file = folder.resolve(t[0]);
            try (RootDataFile data = RootDataFile.open(file)) {
                RootKey key = data.key(t[1]);
                RootTree tree = data.tree(key);
                long compressed = 0;
                for (RootBranch b : tree.allBranches()) {
                    for (int i = 0; i < b.writeBasket(); i++) {
                        compressed += b.basketBytes()[i];
                    }
                }
                read(data, key); // warm-up: class loading and JIT
                read(data, key);
                long values = 0;
                long rawBytes = 0;
                int reads = 0;
                long start = System.nanoTime();
                while (values < TARGET_VALUES || reads < 3) {
                    long[] r = read(data, key);
                    values += r[0];
                    rawBytes += r[1];
                    reads++;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.println(String.format(Locale.ROOT, "%-34s %-10s %8d %10d %12.0f %9.1f %9.1f", t[0], t[1], reads,
                        values, values / seconds, compressed * reads / seconds / 1e6, rawBytes / seconds / 1e6));
            }
        }
    }

    /** Reads the whole tree; returns {values, uncompressed bytes of those values}. */
    private static long[] read(RootDataFile data, RootKey key) {
        Table table = data.readTable(key, null, Progress.NONE);
        long values = 0;
        long bytes = 0;
        for (Column c : table.columns()) {
            long n = c instanceof Column.Arrays a ? a.flat().size() : c.size();
            values += n;
            bytes += n * switch (c.type()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING -> 8;
                default -> 8;
            };
        }
        return new long[] {values, bytes};
    }
}
