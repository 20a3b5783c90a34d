package org.vre.ui.lake;

import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.catalog.LakeLocation;
import org.vre.ui.LakePreferences;

/** Which lake the preferences name: a folder (the embedded lake) or a jdbc: URL of a PostgreSQL catalogue. */
final class LakeConnections {

    private LakeConnections() {
    }

    static LakeConfig fromPreferences() {
        return LakeLocation.resolve(LakePreferences.lakeSetting(), System.getenv());
    }
}
