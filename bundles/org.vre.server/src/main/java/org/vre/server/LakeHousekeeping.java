package org.vre.server;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;
import org.vre.lake.storage.BuiltInProtocols;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.TlsTrust;
import org.vre.lake.transfer.LakeBackgroundWork;
import org.vre.lake.transfer.TransferSettings;

/**
 * The lake's background work inside {@code vre-server}: every period, expire rules, run subscriptions, execute the
 * transfers rules asked for and reap unlocked replicas ({@link LakeBackgroundWork}), one pass at a time on its own
 * thread. A failed pass is logged and recorded in the event log; the next one runs as planned.
 */
final class LakeHousekeeping implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LakeHousekeeping.class.getName());

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final ScheduledExecutorService thread;

    private LakeHousekeeping(CatalogService catalog, StorageRegistry storages, ScheduledExecutorService thread) {
        this.catalog = catalog;
        this.storages = storages;
        this.thread = thread;
    }

    /**
     * Opens the lake and starts the passes; {@code afterPass} hears each finished pass (the log, tests).
     *
     * @throws VreException when the lake cannot be opened (nothing is left running)
     */
    static LakeHousekeeping start(String lake, String account, long periodSeconds, Map<String, String> env,
            Consumer<LakeBackgroundWork.Pass> afterPass) {
        LakeConfig config = LakeLocation.resolve(lake, env);
        CatalogService catalog = CatalogStore.open(config);
        String actor = account != null ? account : LakeConfig.osAccount();
        StorageRegistry storages = new StorageRegistry(StorageContext.defaults().withTrust(TlsTrust.fromEnvironment()),
                BuiltInProtocols.all());
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vre-server-housekeeping");
            t.setDaemon(true);
            return t;
        });
        LakeBackgroundWork work = new LakeBackgroundWork(catalog, storages, actor, TransferSettings.defaults(),
                Clock.systemUTC());
        thread.scheduleWithFixedDelay(() -> runPass(work, catalog, actor, afterPass), 0, periodSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "lake housekeeping every " + periodSeconds + " s on " + catalog.location() + " as " + actor);
        return new LakeHousekeeping(catalog, storages, thread);
    }

    private static void runPass(LakeBackgroundWork work, CatalogService catalog, String actor,
            Consumer<LakeBackgroundWork.Pass> afterPass) {
        try {
            LakeBackgroundWork.Pass pass = work.runOnce(false, Progress.NONE);
            if (pass.transfers().done() + pass.transfers().failed() + pass.rulesExpired() + pass.rulesFromSubscriptions() > 0) {
                LOG.info(() -> "housekeeping: " + pass.transfers().done() + " transfer(s) done, " + pass.transfers().failed()
                        + " failed, " + pass.rulesExpired() + " rule(s) expired, " + pass.rulesFromSubscriptions()
                        + " rule(s) from subscriptions");
            }
            afterPass.accept(pass);
        } catch (VreException e) {
            // the thread must survive a bad pass (a storage down, a lock timeout): say why and try again next period
            LOG.warning("housekeeping pass failed: " + e.getMessage());
            catalog.recordEvent(actor, "lake.background", "pass", org.vre.lake.LakeEvent.Outcome.FAILED, e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        storages.close();
        catalog.close();
    }
}
