package org.vre.lake.bench;

import java.util.Locale;

import org.vre.lake.DidFilter;

/** Metadata search over the DIDs the bulk benchmark registered (1,000,000 with run and energy). */
public final class MetadataSearchBenchmark {

    private MetadataSearchBenchmark() {
    }

    static void run(BenchLake lake, int dids) {
        String[] filters = {"run=31415", "run>=99990, energy=13.6", "run=777; run=778", "name=file_4242*"};
        for (String filter : filters) {
            long best = Long.MAX_VALUE;
            long found = 0;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                try (var s = lake.catalog.searchDids("bench", DidFilter.parse(filter), false)) {
                    found = s.count();
                }
                best = Math.min(best, System.nanoTime() - start);
            }
            BenchLake.report(lake.store, "search " + dids + " DIDs '" + filter + "' (" + found + " hits)",
                    String.format(Locale.ROOT, "%.1f ms", best / 1e6));
        }
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        for (String store : LakeBenchmark.stores(args)) {
            try (BenchLake lake = BenchLake.open(store)) {
                BulkRegistrationBenchmark.run(lake, files, true);
                run(lake, files);
            }
        }
    }
}
