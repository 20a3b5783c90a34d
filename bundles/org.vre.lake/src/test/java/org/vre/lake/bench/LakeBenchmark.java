package org.vre.lake.bench;

import java.util.List;

/**
 * All catalogue figures of docs/BENCHMARKS.md in one run: {@code LakeBenchmark [h2|postgresql|all] [files]}.
 * Not a test: it prints figures and asserts nothing.
 */
public final class LakeBenchmark {

    private LakeBenchmark() {
    }

    static List<String> stores(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        return which.equals("all") ? List.of("h2", "postgresql") : List.of(which);
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.println("store       measurement                                                figure");
        for (String store : stores(args)) {
            try (BenchLake lake = BenchLake.open(store)) {
                BulkRegistrationBenchmark.run(lake, files, false);
                BulkRegistrationBenchmark.run(lake, files, true);
                MetadataSearchBenchmark.run(lake, files);
                DatasetListingBenchmark.run(lake);
                RseExpressionBenchmark.run(lake);
            }
        }
    }
}
