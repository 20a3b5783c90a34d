package org.vre.lake.catalog;

import java.nio.file.Path;

import org.vre.lake.CatalogService;

/** A catalogue under test, the store it runs on, and how to open it again (to check what survived). */
public record Lake(CatalogService catalog, String store, LakeConfig config, Path dir) {

    public static final String ADMIN = "admin";

    public CatalogService reopen() {
        return CatalogStore.open(config);
    }
}
