package org.vre.lake.transfer;

import java.time.Clock;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.ReapResult;
import org.vre.lake.storage.StorageRegistry;

/**
 * The lake's housekeeping in one pass, as {@code vre-server} runs it in the background and the CLI runs it on
 * demand: expire rules, run subscriptions (new DIDs get their rules), execute transfers, then reap replicas no
 * rule holds any more.
 */
public final class LakeBackgroundWork {

    /** What one pass did. */
    public record Pass(int rulesExpired, int rulesFromSubscriptions, TransferRound transfers, ReapResult reaped) {
    }

    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final String account;
    private final TransferService transfers;
    private final Clock clock;

    public LakeBackgroundWork(CatalogService catalog, StorageRegistry storages, String account, TransferSettings settings,
            Clock clock) {
        this.catalog = catalog;
        this.storages = storages;
        this.account = account;
        this.transfers = new TransferService(catalog, storages, account, settings);
        this.clock = clock;
    }

    /** One pass; with {@code untilIdle} transfers run until no request can be claimed. */
    public Pass runOnce(boolean untilIdle, Progress progress) {
        int expired = catalog.expireRules(account, clock.instant());
        int subscribed = catalog.runSubscriptions(account, progress);
        TransferRound round = untilIdle ? transfers.runUntilIdle(progress) : transfers.runOnce(progress);
        ReapResult reaped = catalog.reap(account, null, clock.instant(), new StorageReplicaDeleter(storages), progress);
        return new Pass(expired, subscribed, round, reaped);
    }
}
