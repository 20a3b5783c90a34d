package org.vre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.DeterministicPath;
import org.vre.lake.Did;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.RseProtocol;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.storage.BuiltInProtocols;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.LakeBackgroundWork;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;

/** The server's background work on a real embedded lake: a rule made before the server starts is satisfied. */
class LakeHousekeepingTest {

    @Test
    void aPendingRuleBecomesOkWithoutAnyoneRunningTransfers(@TempDir Path tmp) throws Exception {
        Path lake = tmp.resolve("lake");
        String account = LakeConfig.osAccount();
        Did did = new Did("user." + account, "histos.root");
        Rule rule;
        try (CatalogService catalog = CatalogStore.open(LakeConfig.embedded(lake));
                StorageRegistry storages = new StorageRegistry(StorageContext.defaults(), BuiltInProtocols.all())) {
            catalog.addRse(account, "COPY-1", true, Map.of(), List.of(RseProtocol.fromUrl(tmp.resolve("copy1").toUri().toString())));
            Path file = Files.writeString(tmp.resolve("histos.root"), "not really ROOT, but bytes to copy");
            new UploadOperation(catalog, storages, account, TransferSettings.defaults(),
                    UploadRequest.of(did.scope(), "LOCAL", file)).run(Progress.NONE);
            rule = catalog.addRule(account, RuleSpec.of(did, 2, "LOCAL|COPY-1"));
            assertEquals(RuleState.REPLICATING, rule.state());
        }

        CompletableFuture<LakeBackgroundWork.Pass> firstPass = new CompletableFuture<>();
        try (LakeHousekeeping housekeeping = LakeHousekeeping.start(lake.toString(), null, 3600, Map.of(),
                firstPass::complete)) {
            LakeBackgroundWork.Pass pass = firstPass.get(60, TimeUnit.SECONDS);
            assertEquals(1, pass.transfers().done(), pass.transfers().errors().toString());
        }
        try (CatalogService catalog = CatalogStore.open(LakeConfig.embedded(lake))) {
            assertEquals(RuleState.OK, catalog.rule(rule.id()).state());
        }
        assertEquals("not really ROOT, but bytes to copy",
                Files.readString(tmp.resolve("copy1").resolve(DeterministicPath.of(did))));
    }

    @Test
    void housekeepingOptionSaysWhatIsWrong() {
        assertEquals(0, ServerOptions.parse(List.of("--housekeeping", "0"), Path.of("/h")).housekeepingSeconds());
        assertEquals(ServerOptions.DEFAULT_HOUSEKEEPING_SECONDS, ServerOptions.parse(List.of(), Path.of("/h")).housekeepingSeconds());
        VreException bad = assertThrows(VreException.class,
                () -> ServerOptions.parse(List.of("--housekeeping", "soon"), Path.of("/h")));
        assertTrue(bad.getMessage().contains("--housekeeping takes a whole number of seconds"), bad.getMessage());
        ServerOptions lake = ServerOptions.parse(List.of("--lake", "/data/lake", "--account", "svc"), Path.of("/h"));
        assertEquals("/data/lake", lake.lake());
        assertEquals("svc", lake.account());
    }
}
