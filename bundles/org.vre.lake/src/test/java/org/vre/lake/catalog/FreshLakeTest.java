package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.Account;
import org.vre.lake.CatalogService;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.Rse;

class FreshLakeTest {

    @Test
    void firstUseCreatesAdminScopeAndLocalRse(@TempDir Path dir) {
        Path lakeDir = dir.resolve("lake");
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(lakeDir))) {
            String me = LakeConfig.osAccount();
            Account account = lake.account(me);
            assertTrue(account.admin());
            assertEquals(List.of("user." + me), lake.listScopes().stream().map(s -> s.name()).toList());
            Rse local = lake.rse("LOCAL");
            assertTrue(local.deterministic());
            assertEquals("file", local.protocols().get(0).scheme());
            assertEquals(lakeDir.resolve("storage/local").toString() + "/", local.protocols().get(0).prefix());
            assertTrue(Files.isDirectory(lakeDir.resolve("storage/local")));
            try (var events = lake.events(EventQuery.all())) {
                LakeEvent created = events.findFirst().orElseThrow();
                assertEquals("lake.create", created.type());
                assertEquals(me, created.account());
            }
        }
        // reopening changes nothing: the same single admin, scope and RSE
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(lakeDir))) {
            assertEquals(1, lake.listAccounts().size());
            assertEquals(1, lake.listScopes().size());
            assertEquals(1, lake.listRses().size());
        }
    }

    @StoreTest
    void bothStoresBootstrapTheSameWay(Lake lake) {
        assertTrue(lake.catalog().account(Lake.ADMIN).admin());
        assertEquals("user.admin", lake.catalog().listScopes().get(0).name());
        assertEquals("LOCAL", lake.catalog().listRses().get(0).name());
        try (CatalogService again = lake.reopen()) {
            assertEquals(1, again.listAccounts().size());
        }
    }
}
