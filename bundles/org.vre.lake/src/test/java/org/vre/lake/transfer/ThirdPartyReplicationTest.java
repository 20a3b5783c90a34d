package org.vre.lake.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.DeterministicPath;
import org.vre.lake.Did;
import org.vre.lake.RseProtocol;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.TlsTrust;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.testing.TestPki;
import org.vre.testing.XrootdHttp;

/** A rule between two davs:// RSEs on XRootD is satisfied by an HTTP third-party copy, verified and renamed. */
class ThirdPartyReplicationTest {

    @TempDir
    Path folder;

    @Test
    void replicationBetweenXrootdRsesUsesThirdPartyCopy() throws IOException {
        TestPki pki = TestPki.create(folder.resolve("pki"));
        try (XrootdHttp xrootd = XrootdHttp.start(folder.resolve("xrootd"), pki);
                CatalogService catalog = CatalogStore.open(LakeConfig.embedded(folder.resolve("lake")));
                StorageRegistry storages = new StorageRegistry(
                        StorageContext.defaults().withTrust(TlsTrust.fromDirectory(pki.caDirectory())),
                        List.of(new FileStorageProtocol(), new HttpStorageProtocol()))) {
            String account = LakeConfig.osAccount();
            String davs = "davs" + xrootd.uri("").toString().substring("https".length());
            catalog.addRse(account, "XRD-A", true, Map.of(), List.of(RseProtocol.fromUrl(davs + "a")));
            catalog.addRse(account, "XRD-B", true, Map.of(), List.of(RseProtocol.fromUrl(davs + "b")));
            catalog.addScope(account, "ATLAS_LAPP_SP", account);
            byte[] data = LakeFixture.randomBytes(2_000_000, 21);
            Path local = LakeFixture.writeFile(folder.resolve("src/tpc.root"), data);
            TransferSettings settings = TransferSettings.defaults().withBackoff(Duration.ofMillis(20));
            new UploadOperation(catalog, storages, account, settings, UploadRequest.of("ATLAS_LAPP_SP", "XRD-A", local))
                    .run(Progress.NONE).throwIfFailed();
            Did did = new Did("ATLAS_LAPP_SP", "tpc.root");
            Rule rule = catalog.addRule(account, RuleSpec.of(did, 1, "XRD-B"));

            TransferRound round = new TransferService(catalog, storages, account, settings).runUntilIdle(Progress.NONE);
            assertEquals(1, round.done(), round.errors().toString());
            assertEquals(1, round.thirdParty(), "the bytes went server to server");
            assertEquals(RuleState.OK, catalog.rule(rule.id()).state());
            assertArrayEquals(data, Files.readAllBytes(xrootd.data().resolve("b").resolve(DeterministicPath.of(did))));
            TransferSessionTest.assertNoTemporaryFiles(xrootd.data().resolve("b").resolve(DeterministicPath.of(did)).getParent());
        }
    }
}
