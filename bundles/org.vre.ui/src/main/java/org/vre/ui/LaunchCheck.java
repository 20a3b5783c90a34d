package org.vre.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * For the product launch test: once the first window is up, writes which bundles did not resolve and
 * how long the start took, then closes the workbench. Only active when VRE_LAUNCH_CHECK names a file.
 */
final class LaunchCheck {

    static final String ENVIRONMENT = "VRE_LAUNCH_CHECK";

    private LaunchCheck() {
    }

    static void writeAndClose(Path report) {
        long startMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> unresolved = new ArrayList<>();
        List<String> bundles = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(LaunchCheck.class).getBundleContext().getBundles()) {
            bundles.add(bundle.getSymbolicName());
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved.add(bundle.getSymbolicName() + " " + bundle.getVersion());
            }
        }
        String json = "{\"firstWindowMillis\":" + startMillis
                + ",\"bundles\":" + bundles.size()
                + ",\"unresolved\":" + quoted(unresolved)
                + ",\"bundleNames\":" + quoted(bundles) + "}\n";
        try {
            Files.writeString(report, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("launch check: cannot write " + report + ": " + e.getMessage());
        }
        PlatformUI.getWorkbench().close();
    }

    private static String quoted(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            out.append(out.length() > 1 ? "," : "").append('"').append(value.replace("\"", "'")).append('"');
        }
        return out.append(']').toString();
    }
}
