package org.vre.lake.catalog;

import java.nio.file.Path;
import java.util.Map;

import org.vre.core.VreException;

/**
 * Finds the lake a front end should open: {@code --lake} if given, else {@code VRE_LAKE}, else
 * {@code ~/.vre/lake}. A value starting with {@code jdbc:} is a PostgreSQL catalogue (user and password in
 * {@code VRE_LAKE_USER} / {@code VRE_LAKE_PASSWORD}, never on the command line where {@code ps} shows them).
 */
public final class LakeLocation {

    private LakeLocation() {
    }

    public static LakeConfig resolve(String option, Map<String, String> env) {
        String value = option != null && !option.isBlank() ? option : env.get("VRE_LAKE");
        if (value == null || value.isBlank()) {
            String home = System.getProperty("user.home");
            return LakeConfig.embedded(Path.of(home, ".vre", "lake"));
        }
        if (value.startsWith("jdbc:")) {
            String storage = env.get("VRE_LAKE_STORAGE");
            return LakeConfig.jdbc(value, env.getOrDefault("VRE_LAKE_USER", ""), env.getOrDefault("VRE_LAKE_PASSWORD", ""),
                    storage == null ? null : Path.of(storage));
        }
        if (value.indexOf('\0') >= 0) {
            throw new VreException("lake folder contains NUL");
        }
        return LakeConfig.embedded(Path.of(value));
    }
}
