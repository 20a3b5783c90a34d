package org.vre.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Where the embedded local lake lives; the same default as the CLI ({@code ~/.vre/lake}, or VRE_LAKE). */
public final class LakePreferences {

    public static final String QUALIFIER = "org.vre.ui";
    public static final String LAKE_LOCATION = "lake.location";
    public static final String WELCOME_SHOWN = "welcome.shown";

    private LakePreferences() {
    }

    public static ScopedPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
    }

    /** The setting as typed: a folder, or a jdbc: URL (which a Path would mangle by collapsing "//"). */
    public static String lakeSetting() {
        return store().getString(LAKE_LOCATION);
    }

    public static Path lakeLocation() {
        return Path.of(lakeSetting());
    }

    static String defaultLakeLocation() {
        String fromEnvironment = System.getenv("VRE_LAKE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return Path.of(System.getProperty("user.home"), ".vre", "lake").toString();
    }

    /** Registered in plugin.xml: fills the default scope. */
    public static final class Initializer extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            DefaultScope.INSTANCE.getNode(QUALIFIER).put(LAKE_LOCATION, defaultLakeLocation());
        }
    }
}
