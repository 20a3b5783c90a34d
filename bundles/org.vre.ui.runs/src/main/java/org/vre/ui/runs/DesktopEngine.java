package org.vre.ui.runs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.RunEngine;
import org.vre.engine.RunListener;
import org.vre.engine.RunStore;
import org.vre.engine.lake.LakeDidFetcher;
import org.vre.engine.local.LocalExecutor;
import org.vre.engine.slurm.SlurmExecutor;
import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.TlsTrust;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.lake.storage.root.RootStorageProtocol;
import org.vre.ui.LakePreferences;

/**
 * The workbench's engine: runs kept where the {@code vre} command keeps them for the same lake, jobs on the local
 * executor with the {@code vre} and {@code rucio} launchers on their PATH and the lake the workbench is set to.
 * Built on first use (in a job, never on the UI thread), closed when the bundle stops.
 */
public final class DesktopEngine implements AutoCloseable {

    private final RunEngine engine;
    private final LocalExecutor local;
    private final SlurmExecutor slurm;
    private final String lakeSetting;
    private final String account;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final RunStoreWatcher watcher;
    private final Path tools;
    private CatalogService catalog;
    private StorageRegistry storages;

    DesktopEngine() {
        lakeSetting = LakePreferences.lakeSetting();
        RunStore store = new RunStore(runsFolder(lakeSetting));
        store.recoverInterrupted();
        tools = ToolLaunchers.find();
        local = LocalExecutor.detecting(tools);
        String fromEnvironment = System.getenv("VRE_ACCOUNT");
        account = fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : LakeConfig.osAccount();
        Map<String, String> jobEnvironment = new HashMap<>();
        jobEnvironment.put("VRE_LAKE", lakeSetting);
        jobEnvironment.put("VRE_ACCOUNT", account);
        jobEnvironment.put("VRE_RUNS", store.root().toString());
        ExecutorRegistry executors = new ExecutorRegistry("local").register(local);
        // Slurm when this host can submit; a login node over SSH is the command line's --ssh for now
        slurm = SlurmExecutor.onThisHost(tools == null ? null : tools.toString()).orElse(null);
        if (slurm != null) {
            executors.register(slurm);
        }
        engine = new RunEngine(store, executors, new EngineSettings(jobEnvironment,
                System.getenv(), (did, workspace, progress) -> new LakeDidFetcher(catalog(), storages(), account)
                        .fetch(did, workspace, progress)));
        engine.addRunListener(run -> listeners.forEach(l -> l.changed(run)));
        watcher = new RunStoreWatcher(store, run -> listeners.forEach(l -> l.changed(run)));
        watcher.start();
    }

    /** The folder with the {@code vre} and {@code rucio} launchers the jobs use. */
    public Path tools() {
        return tools;
    }

    /** Views come and go; the engine keeps its listeners, so views subscribe here. */
    public void addRunListener(RunListener listener) {
        listeners.add(listener);
    }

    public void removeRunListener(RunListener listener) {
        listeners.remove(listener);
    }

    /**
     * {@code VRE_RUNS} when set (as for {@code vre run}), else {@code runs} next to an embedded lake's folder
     * ({@code ~/.vre/runs} for the default {@code ~/.vre/lake}), else {@code ~/.vre/runs}.
     */
    static Path runsFolder(String lakeSetting) {
        String runs = System.getenv("VRE_RUNS");
        if (runs != null && !runs.isBlank()) {
            return Path.of(runs);
        }
        if (!lakeSetting.startsWith("jdbc:") && Path.of(lakeSetting).getParent() != null) {
            return Path.of(lakeSetting).resolveSibling("runs");
        }
        return Path.of(System.getProperty("user.home"), ".vre", "runs");
    }

    public RunEngine engine() {
        return engine;
    }

    public RunStore store() {
        return engine.store();
    }

    public String account() {
        return account;
    }

    /** The lake's catalogue, opened on first use (the embedded H2 serves the jobs' processes too: AUTO_SERVER). */
    public synchronized CatalogService catalog() {
        if (catalog == null) {
            catalog = CatalogStore.open(LakeLocation.resolve(lakeSetting, System.getenv()));
        }
        return catalog;
    }

    public synchronized StorageRegistry storages() {
        if (storages == null) {
            storages = new StorageRegistry(StorageContext.defaults().withTrust(TlsTrust.fromEnvironment())
                    .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)),
                    List.of(new FileStorageProtocol(), new HttpStorageProtocol(), new RootStorageProtocol()));
        }
        return storages;
    }

    @Override
    public synchronized void close() {
        watcher.close();
        engine.close();
        local.close();
        if (slurm != null) {
            slurm.close();
        }
        if (storages != null) {
            storages.close();
        }
        if (catalog != null) {
            try {
                catalog.close();
            } catch (Exception e) {
                // the workbench is closing: nothing left to protect
            }
        }
    }
}
