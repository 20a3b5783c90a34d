package org.vre.lake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.PostgresServer;
import org.vre.lake.catalog.TempDirs;

/** A lake for a benchmark run: an H2 lake folder, or a PostgreSQL server started with its default settings. */
final class BenchLake implements AutoCloseable {

    final String store;
    final CatalogService catalog;
    private final Path dir;
    private final PostgresServer server;

    private BenchLake(String store, CatalogService catalog, Path dir, PostgresServer server) {
        this.store = store;
        this.catalog = catalog;
        this.dir = dir;
        this.server = server;
    }

    static BenchLake open(String store) throws Exception {
        Path dir = Files.createTempDirectory("vre-bench-");
        if (store.equals("h2")) {
            return new BenchLake(store, CatalogStore.open(LakeConfig.embedded(dir).withBootstrapAdmin("admin")), dir, null);
        }
        PostgresServer server = PostgresServer.start(false);
        server.createDatabase("bench");
        LakeConfig config = LakeConfig.jdbc(server.url("bench"), PostgresServer.USER, server.password(), dir)
                .withBootstrapAdmin("admin");
        return new BenchLake(store, CatalogStore.open(config), dir, server);
    }

    static void report(String store, String what, String figure) {
        System.out.printf(Locale.ROOT, "%-11s %-58s %s%n", store, what, figure);
        System.out.flush();
    }

    /** Resets the peak of every heap pool; {@link #peakHeapMb} then tells how high the heap went since. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Peak of the old generation: what survives young collections, i.e. what a listing would retain. */
    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double usedHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }

    @Override
    public void close() {
        catalog.close();
        if (server != null) {
            server.close();
        }
        TempDirs.delete(dir);
    }
}
