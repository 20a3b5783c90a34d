package org.vre.cli.lake;

import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;

import picocli.CommandLine.Option;

/**
 * Which lake and which account every lake verb uses: {@code --lake DIR} (or a {@code jdbc:postgresql:} URL),
 * else {@code VRE_LAKE}, else {@code ~/.vre/lake}; {@code --account}, else {@code VRE_ACCOUNT}, else the OS user.
 * Other lake verbs (upload, get, transfers) reuse this mixin.
 */
public final class LakeOptions {

    @Option(names = "--lake", paramLabel = "DIR|URL",
            description = "Lake folder or jdbc:postgresql:// URL (default: $VRE_LAKE, else ~/.vre/lake).")
    String lake;

    @Option(names = "--account", paramLabel = "NAME",
            description = "Account to act as (default: $VRE_ACCOUNT, else the OS user).")
    String account;

    public LakeConfig config() {
        return LakeLocation.resolve(lake, System.getenv());
    }

    public CatalogService open() {
        return CatalogStore.open(config());
    }

    public String account() {
        if (account != null && !account.isBlank()) {
            return account;
        }
        String env = System.getenv("VRE_ACCOUNT");
        return env != null && !env.isBlank() ? env : LakeConfig.osAccount();
    }
}
