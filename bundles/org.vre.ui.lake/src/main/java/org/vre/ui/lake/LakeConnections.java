package org.vre.ui.lake;

import java.util.HashMap;
import java.util.Map;

import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;
import org.vre.ui.LakePreferences;

/**
 * Which lake the preferences name: a folder (the embedded lake) or a jdbc: URL of a PostgreSQL catalogue, whose
 * user is a preference and whose password is in the secure storage (VRE_LAKE_USER / VRE_LAKE_PASSWORD still win,
 * as for the vre command).
 */
final class LakeConnections {

    static final String USER = "lake.user";
    /** Other lakes the user named, one per line, to switch between them. */
    static final String KNOWN = "lake.known";

    private LakeConnections() {
    }

    static LakeConfig fromPreferences() {
        String setting = LakePreferences.lakeSetting();
        Map<String, String> env = new HashMap<>(System.getenv());
        if (setting.startsWith("jdbc:")) {
            String user = LakePreferences.store().getString(USER);
            if (!user.isBlank()) {
                env.putIfAbsent("VRE_LAKE_USER", user);
            }
            if (!env.containsKey("VRE_LAKE_PASSWORD")) {
                String password = LakePasswords.get(setting);
                if (password != null) {
                    env.put("VRE_LAKE_PASSWORD", password);
                }
            }
        }
        return LakeLocation.resolve(setting, env);
    }
}
