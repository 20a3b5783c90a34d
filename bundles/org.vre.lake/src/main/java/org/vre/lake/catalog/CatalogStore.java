package org.vre.lake.catalog;

import org.vre.lake.CatalogService;
import org.vre.lake.internal.JdbcCatalogService;

/** Opens catalogues: the one way in for the desktop, the CLI, the server and tests. */
public final class CatalogStore {

    private CatalogStore() {
    }

    /**
     * Opens (and on first use creates) a catalogue: migrates its schema, and in an empty one creates the admin
     * account, its {@code user.<account>} scope and, with a lake folder, the {@code LOCAL} RSE.
     */
    public static CatalogService open(LakeConfig config) {
        return JdbcCatalogService.open(config);
    }
}
