package org.vre.cli.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vre.cli.transfer.StorageProtocols;
import org.vre.core.VreException;
import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.Run;
import org.vre.engine.RunEngine;
import org.vre.engine.RunStore;
import org.vre.engine.lake.LakeDidFetcher;
import org.vre.engine.local.LocalExecutor;
import org.vre.engine.slurm.SlurmExecutor;
import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;
import org.vre.lake.storage.StorageRegistry;

/**
 * Where the run verbs keep runs ({@code VRE_RUNS}, else {@code ~/.vre/runs}), which lake jobs see ({@code VRE_LAKE}
 * as for the lake verbs) and where the {@code vre}/{@code rucio} launchers are ({@code VRE_HOME}, else the folder the
 * launcher runs from).
 */
final class RunContext {

    private RunContext() {
    }

    static RunStore store() {
        String runs = System.getenv("VRE_RUNS");
        RunStore store = new RunStore(runs != null && !runs.isBlank() ? Path.of(runs)
                : Path.of(System.getProperty("user.home"), ".vre", "runs"));
        store.recoverInterrupted();
        return store;
    }

    /** The run named, or the latest run started from the current folder. */
    static Run resolve(RunStore store, String id) {
        if (id != null) {
            return store.get(id);
        }
        Path here = Path.of("").toAbsolutePath();
        return store.latestFrom(here).orElseThrow(() -> new VreException("no run was started from " + here
                + ": give a run id (see vre runs list)"));
    }

    /** The folder holding the vre and rucio launchers, or null when none is found. */
    static Path toolsDirectory() {
        String home = System.getenv("VRE_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "vre"))) {
            return Path.of(home);
        }
        try {
            Path jar = Path.of(RunContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isExecutable(dir.resolve("vre")) && Files.isExecutable(dir.resolve("rucio"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loader): jobs use the PATH as it is
        }
        return null;
    }

    /** An engine with the local executor and Slurm on this host; the caller closes it. */
    static Engine open() {
        return open(new SlurmOptions());
    }

    /** An engine with the local executor and Slurm as {@code slurm} says; the caller closes it. */
    static Engine open(SlurmOptions slurmOptions) {
        RunStore store = store();
        LakeConfig lake = LakeLocation.resolve(null, System.getenv());
        LocalExecutor local = LocalExecutor.detecting(toolsDirectory());
        SlurmExecutor slurm;
        try {
            slurm = slurmOptions.executor(toolsDirectory());
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
        Map<String, String> jobEnv = new HashMap<>();
        String lakeValue = System.getenv("VRE_LAKE");
        jobEnv.put("VRE_LAKE", lakeValue != null && !lakeValue.isBlank() ? lakeValue
                : Path.of(System.getProperty("user.home"), ".vre", "lake").toString());
        String account = System.getenv("VRE_ACCOUNT");
        String effectiveAccount = account != null && !account.isBlank() ? account : LakeConfig.osAccount();
        jobEnv.put("VRE_ACCOUNT", effectiveAccount);
        LazyLake lazyLake = new LazyLake(lake);
        RunEngine engine = new RunEngine(store, new ExecutorRegistry("local").register(local).register(slurm),
                new EngineSettings(jobEnv, System.getenv(), (did, workspace, progress) ->
                        new LakeDidFetcher(lazyLake.catalog(), lazyLake.storages(), effectiveAccount)
                                .fetch(did, workspace, progress)));
        return new Engine(engine, local, slurm, lazyLake);
    }

    /** The lake opened only when a run has DID inputs: opening it costs time and locks the embedded database. */
    static final class LazyLake implements AutoCloseable {
        private final LakeConfig config;
        private CatalogService catalog;
        private StorageRegistry storages;

        LazyLake(LakeConfig config) {
            this.config = config;
        }

        synchronized CatalogService catalog() {
            if (catalog == null) {
                catalog = CatalogStore.open(config);
            }
            return catalog;
        }

        synchronized StorageRegistry storages() {
            if (storages == null) {
                storages = StorageProtocols.registry(null, java.time.Duration.ofSeconds(60));
            }
            return storages;
        }

        @Override
        public synchronized void close() {
            if (storages != null) {
                storages.close();
            }
            if (catalog != null) {
                try {
                    catalog.close();
                } catch (Exception e) {
                    // closing at exit: nothing left to protect
                }
            }
        }
    }

    record Engine(RunEngine engine, LocalExecutor local, SlurmExecutor slurm, LazyLake lake) implements AutoCloseable {
        @Override
        public void close() {
            engine.close();
            local.close();
            slurm.close();
            lake.close();
        }
    }

    static List<String> states() {
        return List.of("created", "queued", "pending", "running", "finished", "failed", "stopped", "deleted");
    }
}
