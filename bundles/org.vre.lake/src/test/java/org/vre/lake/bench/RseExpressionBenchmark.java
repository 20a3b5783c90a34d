package org.vre.lake.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vre.lake.Rse;
import org.vre.lake.RseExpression;
import org.vre.lake.RseProtocol;

/** Evaluates RSE expressions over 1,000 RSEs: in memory, and through the catalogue (loading the RSEs first). */
public final class RseExpressionBenchmark {

    private static final String[] COUNTRIES = {"FR", "DE", "CH", "IT", "ES", "NL", "UK", "US", "PL", "CZ"};
    private static final String EXPRESSION = "(tier=1|tier=2)&(country=FR|country=DE|country=CH)\\type=TAPE&freespace>100";

    private RseExpressionBenchmark() {
    }

    static Map<String, String> attributes(int i) {
        return Map.of("tier", String.valueOf(i % 4), "country", COUNTRIES[i % COUNTRIES.length], "type",
                i % 5 == 0 ? "TAPE" : "DISK", "freespace", String.valueOf(i % 1000), "site", "SITE" + (i / 3));
    }

    static void run(BenchLake lake) {
        List<Rse> rses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rses.add(new Rse("RSE-" + i, true, attributes(i), List.of(), Instant.EPOCH));
        }
        RseExpression parsed = RseExpression.parse(EXPRESSION);
        int matched = 0;
        for (int i = 0; i < 2000; i++) { // warm-up
            matched = parsed.evaluate(rses).size();
        }
        long start = System.nanoTime();
        int rounds = 2000;
        for (int i = 0; i < rounds; i++) {
            RseExpression.parse(EXPRESSION).evaluate(rses);
        }
        double perEval = (System.nanoTime() - start) / 1e6 / rounds;
        BenchLake.report("memory", "parse + evaluate over 1000 RSEs (" + matched + " match)",
                String.format(Locale.ROOT, "%.3f ms", perEval));
        if (lake == null) {
            return;
        }
        for (int i = 0; i < 1000; i++) {
            lake.catalog.addRse("admin", "RSE-" + i, true, attributes(i),
                    List.of(new RseProtocol("davs", "se" + i + ".example.org", 443, "/data", 1, 1, 1, 1)));
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            lake.catalog.listRses(EXPRESSION);
            best = Math.min(best, System.nanoTime() - t);
        }
        BenchLake.report(lake.store, "listRses(expression) over 1001 stored RSEs (load + evaluate)",
                String.format(Locale.ROOT, "%.1f ms", best / 1e6));
    }

    public static void main(String[] args) throws Exception {
        run(null);
        for (String store : LakeBenchmark.stores(args)) {
            try (BenchLake lake = BenchLake.open(store)) {
                run(lake);
            }
        }
    }
}
